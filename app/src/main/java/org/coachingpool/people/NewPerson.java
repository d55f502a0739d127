package org.coachingpool.people;

import java.util.Set;
import org.coachingpool.security.Role;

/**
 * A person the pool team adds. The temporary password is given to the person, who signs in with
 * it; it is stored only as a bcrypt hash.
 */
public record NewPerson(String displayName, String username, String email, String organisation, Set<Role> roles,
        String temporaryPassword, Workplace workplace) {

    public NewPerson {
        workplace = workplace == null ? Workplace.UNKNOWN : workplace;
    }

    public NewPerson(String displayName, String username, String email, String organisation, Set<Role> roles,
            String temporaryPassword) {
        this(displayName, username, email, organisation, roles, temporaryPassword, Workplace.UNKNOWN);
    }
}
