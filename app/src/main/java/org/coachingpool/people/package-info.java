/**
 * People: the pool team finds, adds, changes, disables and enables the people of the pool's
 * organisations, with where they work (department, job title, grade, seniority, line manager; a
 * line-management chain may not loop). Offers {@link org.coachingpool.people.People}, which also
 * gives matching the facts it compares and a person's line-management chain, and creates the first
 * pool admin of a new database from settings. {@link org.coachingpool.people.Passwords} keeps
 * passwords their owner's alone: one-time links to choose one ({@code password_link}, hashes
 * only), a person's own change, and when a person's sessions last ended (ADR 0029). Its SQL on people and organisations is in
 * {@code repository}; the screens in {@code ui} are internal. Sign-in still reads the same tables
 * through the security feature's directory: moving that directory here, so that people owns
 * {@code user_account}, {@code user_role} and {@code organisation} alone, is the next step.
 */
package org.coachingpool.people;
