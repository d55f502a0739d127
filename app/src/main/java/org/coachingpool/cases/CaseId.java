package org.coachingpool.cases;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record CaseId(UUID value) {
    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    /** The id in a link or a route, if it is one: a mistyped or guessed address is simply no case. */
    public static Optional<CaseId> fromText(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new CaseId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
