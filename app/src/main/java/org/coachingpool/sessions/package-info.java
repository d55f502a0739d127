/**
 * Sessions: session logs (private notes for their author, shared actions for the thinker),
 * counting, and ending a relationship early. Offers {@link org.coachingpool.sessions.Sessions}. Owns
 * {@code session_log} and {@code early_end}; notes, actions and reasons are stored sealed (ADR 0020). Views and workers are internal.
 */
package org.coachingpool.sessions;
