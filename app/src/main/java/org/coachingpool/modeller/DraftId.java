package org.coachingpool.modeller;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of a process draft in the modeller. */
public record DraftId(UUID value) implements TypedId {
    public DraftId {
        TypedId.check(value, "draft id");
    }

    public static DraftId parse(String text) {
        return TypedId.parse(text, DraftId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
