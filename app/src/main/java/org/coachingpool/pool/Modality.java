package org.coachingpool.pool;

/** How a coach or mentor meets people. */
public enum Modality {
    VIRTUAL("By video call only"), IN_PERSON("In person only"), BOTH("In person or by video call");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean inPerson() {
        return this != VIRTUAL;
    }

    public boolean virtual() {
        return this != IN_PERSON;
    }
}
