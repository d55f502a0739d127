package org.coachingpool.request;

public enum DevelopmentArea {
    NEW_ROLE("Starting a new role"),
    LEADERSHIP("Leadership"),
    CHANGE("Leading or living through change"),
    CONFIDENCE("Confidence"),
    COMPLEX_CHALLENGE("A complex challenge"),
    CAREER("Career development"),
    RETURN_FROM_ABSENCE("Returning from absence");

    private final String label;

    DevelopmentArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
