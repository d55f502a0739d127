package org.coachingpool.calendar;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of a meeting in the calendar. */
public record MeetingId(UUID value) implements TypedId {
    public MeetingId {
        TypedId.check(value, "meeting id");
    }

    public static MeetingId parse(String text) {
        return TypedId.parse(text, MeetingId::new);
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
