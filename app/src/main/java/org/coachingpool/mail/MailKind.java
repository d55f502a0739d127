package org.coachingpool.mail;

/** What a message is about, for the pool team's filters and the digest's wording. */
public enum MailKind {
    NEW_TASK("New task"),
    NOTIFICATION("Notification"),
    DIGEST("Daily summary"),
    INVITATION("Calendar invitation"),
    /** A link to set a password, or word that a password changed. */
    ACCOUNT("Your account");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
