package org.coachingpool.modeller;

import java.util.Objects;
import java.util.UUID;

/** A draft of a process or decision table, kept on the server while an admin edits it. */
public record DraftId(UUID value) {

    public DraftId {
        Objects.requireNonNull(value);
    }

    public static DraftId parse(String text) {
        return new DraftId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
