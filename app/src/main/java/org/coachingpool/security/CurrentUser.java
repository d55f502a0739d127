package org.coachingpool.security;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person, as services see them. Services take it as an argument and decide
 * access themselves; views never decide access alone.
 */
public record CurrentUser(UserId id, String username, String displayName, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The one access check of the services.
     *
     * @param refusal what is refused, in plain words, for the log
     * @throws NotAllowedException unless the person has the role
     */
    public CurrentUser require(Role role, String refusal) {
        if (!has(role)) {
            throw new NotAllowedException(refusal);
        }
        return this;
    }

    /** The BPMN candidate groups this person belongs to. */
    public Set<String> candidateGroups() {
        return roles.stream().map(Role::candidateGroup).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
