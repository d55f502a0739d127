package org.coachingpool.security;

import java.util.Optional;
import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of a person with an account. */
public record UserId(UUID value) implements TypedId {
    public UserId {
        TypedId.check(value, "user id");
    }

    /** The id in a link or a route, if it is one: a mistyped or guessed address is simply none. */
    public static Optional<UserId> fromText(String text) {
        return TypedId.fromText(text, UserId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
