package org.coachingpool.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** What a person does in the pool; a person may hold several. */
public enum Role {
    THINKER(null),
    SPONSOR(null),
    COACH("coaches"),
    POOL_ADMIN("pool-admins"),
    PROCESS_ADMIN("process-admins");

    /** Names used in Spring Security annotations; keep them in step with the constants. */
    public static final String THINKER_ROLE = "THINKER";
    public static final String SPONSOR_ROLE = "SPONSOR";
    public static final String COACH_ROLE = "COACH";
    public static final String POOL_ADMIN_ROLE = "POOL_ADMIN";
    public static final String PROCESS_ADMIN_ROLE = "PROCESS_ADMIN";

    private final String candidateGroup;

    Role(String candidateGroup) {
        this.candidateGroup = candidateGroup;
    }

    /** The role in the pool team's words. */
    public String label() {
        return switch (this) {
            case THINKER -> "Asks for coaching or mentoring";
            case SPONSOR -> "Sponsor (line manager)";
            case COACH -> "Coach or mentor";
            case POOL_ADMIN -> "Pool admin";
            case PROCESS_ADMIN -> "Process admin";
        };
    }

    /** Roles as a list in a sentence, in the order above: "Coach or mentor, Pool admin". */
    public static String describe(Collection<Role> roles) {
        return roles == null || roles.isEmpty() ? "none" : EnumSet.copyOf(roles).stream().map(Role::label)
                .collect(Collectors.joining(", "));
    }

    /** The BPMN candidate group of this role, or null when tasks are only ever assigned by name. */
    public String candidateGroup() {
        return candidateGroup;
    }
}
