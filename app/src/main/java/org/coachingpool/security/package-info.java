/**
 * Security: people who sign in, their roles, the signed-in person for services
 * ({@link org.coachingpool.security.CurrentUsers}), the one access check of the services
 * ({@link org.coachingpool.security.CurrentUser#require}, throwing
 * {@link org.coachingpool.security.NotAllowedException}), and the directory of sponsors. The accounts'
 * tables ({@code organisation}, {@code user_account}, {@code user_role}) belong to the people
 * feature, which this one reads through.
 *
 * <p>Sign-in hardening: {@link org.coachingpool.security.SignInThrottle} pauses a name or an
 * address after repeated failures (it owns {@code sign_in_failure}, whose SQL sits in
 * {@code repository/}); {@link org.coachingpool.security.KnownDevices} remembers the browsers a
 * person signed in from ({@code known_device}), which others' failures never pause;
 * {@code ThrottledSignIn} puts both in front of the password check; {@code SessionAgeLimit} ends
 * sessions older than the absolute limit, idle ones (heartbeats aside) and those ended by a
 * password reset or change ({@link org.coachingpool.security.SessionsEnded}); the security headers
 * (Content-Security-Policy and the rest) are set in {@code SecurityConfiguration}.
 */
package org.coachingpool.security;
