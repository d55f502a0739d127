package org.coachingpool.pool;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of an offer to coach or mentor, and of the joining process it starts. */
public record ApplicationId(UUID value) implements TypedId {
    public ApplicationId {
        TypedId.check(value, "application id");
    }

    public static ApplicationId parse(String text) {
        return TypedId.parse(text, ApplicationId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
