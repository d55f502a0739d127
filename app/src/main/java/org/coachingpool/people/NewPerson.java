package org.coachingpool.people;

import java.util.Set;
import org.coachingpool.security.Role;

/**
 * A person the pool team adds. Nobody chooses their password for them: they are emailed a
 * one-time link to choose it themselves ({@link Passwords}).
 */
public record NewPerson(String displayName, String username, String email, String organisation, Set<Role> roles,
        Workplace workplace) {

    public NewPerson {
        workplace = workplace == null ? Workplace.UNKNOWN : workplace;
    }

    public NewPerson(String displayName, String username, String email, String organisation, Set<Role> roles) {
        this(displayName, username, email, organisation, roles, Workplace.UNKNOWN);
    }
}
