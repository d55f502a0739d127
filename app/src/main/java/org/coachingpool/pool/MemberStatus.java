package org.coachingpool.pool;

/** Whether a member can be offered work: a pause has an end date, after which they are active again. */
public enum MemberStatus {
    ACTIVE("Active"), PAUSED("Paused"), LEFT("Left the pool"), JOINING("Joining: profile not approved yet");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
