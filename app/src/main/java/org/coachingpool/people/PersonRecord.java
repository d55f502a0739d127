package org.coachingpool.people;

import org.coachingpool.security.UserId;
import org.coachingpool.security.Role;
import java.util.Set;

/** A person as the pool team manages them: who they are, where they work, what they may do. */
public record PersonRecord(UserId id, String username, String displayName, String email, String organisation,
        Set<Role> roles, boolean enabled) {
}
