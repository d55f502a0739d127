package org.coachingpool.safeguarding;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of a safeguarding concern. */
public record ConcernId(UUID value) implements TypedId {
    public ConcernId {
        TypedId.check(value, "concern id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
