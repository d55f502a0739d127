package org.coachingpool.request;

/** How the thinker would like to meet their coach or mentor. */
public enum MeetingPreference {
    IN_PERSON("In person"), VIRTUAL("By video call"), EITHER("Either is fine");

    private final String label;

    MeetingPreference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
