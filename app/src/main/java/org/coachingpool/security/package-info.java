/**
 * Security: people who sign in, their roles, the signed-in person for services
 * ({@link org.coachingpool.security.CurrentUsers}), the directory of sponsors, and the first pool
 * admin of a new database. Owns {@code organisation}, {@code user_account} and {@code user_role}.
 */
package org.coachingpool.security;
