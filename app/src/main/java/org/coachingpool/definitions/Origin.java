package org.coachingpool.definitions;

/** Where a deployed version came from. */
public enum Origin {
    FILES("Built into the app"),
    ADMIN("Deployed in the browser"),
    ROLLBACK("Rolled back");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
