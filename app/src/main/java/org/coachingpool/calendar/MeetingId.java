package org.coachingpool.calendar;

import java.util.Objects;
import java.util.UUID;

/** A scheduled meeting; also the UID of its calendar invitation. */
public record MeetingId(UUID value) {
    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId parse(String text) {
        return new MeetingId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
