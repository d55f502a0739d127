package org.coachingpool.people;

import org.coachingpool.security.Role;
import java.util.Set;

/**
 * A person the pool team adds. The temporary password is given to the person, who signs in with
 * it; it is stored only as a bcrypt hash.
 */
public record NewPerson(String displayName, String username, String email, String organisation, Set<Role> roles,
        String temporaryPassword) {
}
