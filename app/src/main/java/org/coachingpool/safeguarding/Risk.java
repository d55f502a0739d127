package org.coachingpool.safeguarding;

/** The limits of confidentiality agreed at contracting: why a coach may break it. */
public enum Risk {
    HARM_TO_THINKER("Serious risk of harm to the person being coached or mentored"),
    HARM_TO_OTHERS("Serious risk of harm to someone else"),
    ILLEGAL_ACTIVITY("Illegal activity"),
    POLICY_BREACH("A serious breach of organisational policy"),
    COURT_ORDER("A court order or other legal duty to disclose");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
