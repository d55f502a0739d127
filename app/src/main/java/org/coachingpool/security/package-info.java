/**
 * Security: people who sign in, their roles, the signed-in person for services
 * ({@link org.coachingpool.security.CurrentUsers}), and the directory of sponsors. Owns {@code organisation}, {@code user_account} and {@code user_role}.
 */
package org.coachingpool.security;
