package org.coachingpool.safeguarding;

/** Whether the coach told the person first, as the codes of practice ask where it is safe. */
public enum ThinkerTold {
    YES("Yes, I have told them"),
    NO_UNSAFE("No: telling them could put them or someone else at risk"),
    NO_NOT_POSSIBLE("No: I have not been able to");

    private final String label;

    ThinkerTold(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
