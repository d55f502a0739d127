package org.coachingpool.records;

/** Why a case was erased. */
public enum ErasureReason {
    RETENTION("Its retention period ended"),
    REQUEST("The thinker asked for their records to be erased");

    private final String label;

    ErasureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
