package org.coachingpool.people;

import org.coachingpool.security.UserId;

/** How to reach a person by email, for the features that write to people. */
public record Contact(UserId id, String username, String displayName, String email, boolean enabled) {
}
