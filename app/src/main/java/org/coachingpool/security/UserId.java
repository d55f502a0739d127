package org.coachingpool.security;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    /** The id in a link or a route, if it is one: a mistyped or guessed address is simply nobody. */
    public static Optional<UserId> fromText(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new UserId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
