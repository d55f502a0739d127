package org.coachingpool.request;

public enum KindWanted {
    COACHING("Coaching"), MENTORING("Mentoring"), NOT_SURE("Not sure yet");

    private final String label;

    KindWanted(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
