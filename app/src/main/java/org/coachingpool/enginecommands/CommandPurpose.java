package org.coachingpool.enginecommands;

/**
 * Why a command was written, so the feature that wrote it can hear how it went. Each purpose
 * belongs to one feature; {@code subject} in the events is that feature's id (a case, a concern,
 * an offer, an early end).
 */
public enum CommandPurpose {
    /** A stored request starts its relationship process. */
    RELATIONSHIP_START("relationship-start"),
    /** The thinker or the coach ended a relationship early. */
    EARLY_END("early-end"),
    /** A place may be free for a case on the waiting list. */
    PLACE_MAY_BE_FREE("place-may-be-free"),
    /** An offer to coach or mentor starts the joining process. */
    ONBOARDING_START("onboarding-start"),
    /** A safeguarding concern starts its process. */
    SAFEGUARDING_START("safeguarding-start");

    private final String stored;

    CommandPurpose(String stored) {
        this.stored = stored;
    }

    public String stored() {
        return stored;
    }

    static CommandPurpose of(String stored) {
        for (CommandPurpose purpose : values()) {
            if (purpose.stored.equals(stored)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("Unknown purpose " + stored);
    }
}
