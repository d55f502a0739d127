package org.coachingpool.people;

import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;

/**
 * Someone was made a pool admin or process admin, published in the transaction that stores it:
 * the person and every other admin of that kind are emailed, so a grant nobody expected is seen.
 */
public record AdminRoleGranted(UserId person, Role role, UserId grantedBy, String grantedByName) {
}
