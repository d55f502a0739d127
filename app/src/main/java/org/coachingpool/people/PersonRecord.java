package org.coachingpool.people;

import java.util.Set;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;

/**
 * A person as the pool team manages them: who they are, where they work, what they may do.
 *
 * @param lineManagerName the line manager's name, or null when none is recorded
 */
public record PersonRecord(UserId id, String username, String displayName, String email, String organisation,
        Set<Role> roles, boolean enabled, Workplace workplace, String lineManagerName) {
}
