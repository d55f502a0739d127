package org.coachingpool.calendar;

public enum MeetingState {
    SCHEDULED("Scheduled"), CANCELLED("Cancelled"), HELD("Held and logged");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
