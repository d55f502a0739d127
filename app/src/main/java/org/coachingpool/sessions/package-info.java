/**
 * Sessions: session logs (private notes for their author, shared actions for the thinker),
 * counting, and ending a relationship early. Offers {@link org.coachingpool.sessions.Sessions}. Owns
 * {@code session_log} and {@code early_end}; notes, actions and reasons are stored sealed (ADR 0020).
 * SQL is in {@code repository}; views, workers and {@code repository} are internal.
 */
package org.coachingpool.sessions;
