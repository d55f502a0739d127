package org.coachingpool.calendar;

/** How people meet. The place or the call link is agreed between them, not kept here. */
public enum MeetingMode {
    IN_PERSON("In person"), VIRTUAL("Video call"), PHONE("Phone");

    private final String label;

    MeetingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
