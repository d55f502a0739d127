package org.coachingpool.mail;

/** How a person wants their email. */
public enum MailFrequency {
    /** A message for each new task or notification, as it happens. */
    EACH("An email each time there is something for me"),
    /** Everything of a day in one message, sent each morning. */
    DAILY("One email a day with everything in it");

    private final String label;

    MailFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
