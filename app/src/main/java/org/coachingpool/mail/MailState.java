package org.coachingpool.mail;

/** Where a message is on its way out. */
public enum MailState {
    WAITING("Waiting to be sent"),
    /** Handed to the mail server by one copy of the app; taken again if that copy stops before it hears back. */
    SENDING("Being sent"),
    SENT("Sent"),
    /** The embedded default: kept here, not sent to anyone. */
    CAUGHT("Kept, not sent"),
    FAILED("Could not be sent"),
    /** A line of a daily digest, sent as part of that digest. */
    IN_DIGEST("Sent in a daily summary");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
