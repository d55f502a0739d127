package org.coachingpool.security;

/**
 * Every session of the person that began before now has ended (a password reset, or a password
 * set or changed), published in the transaction that stores it: this copy of the app stops
 * trusting what it remembered of the person's sessions once that commits; other copies read it
 * within seconds.
 */
public record SessionsEnded(UserId person) {
}
