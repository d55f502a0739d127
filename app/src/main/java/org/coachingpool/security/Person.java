package org.coachingpool.security;

/** A person in the directory, as others may see them. */
public record Person(UserId id, String username, String displayName, String organisation) {
}
