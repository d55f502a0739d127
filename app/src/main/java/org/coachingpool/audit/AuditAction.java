package org.coachingpool.audit;

/** The kinds of audited event, in the words the pool team reads. */
public enum AuditAction {
    READ_CONFIDENTIAL("Read confidential text"),
    ACCESS_REFUSED("Refused access"),
    DECISION("Decision"),
    ADMIN_CHANGE("Change by the pool team"),
    /** A person set or changed their own password, or their sessions were ended. */
    ACCOUNT("Sign-in and password"),
    /** Shown to the safeguarding lead only. */
    SAFEGUARDING("Safeguarding");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
