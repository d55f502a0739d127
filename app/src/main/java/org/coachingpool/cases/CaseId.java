package org.coachingpool.cases;

import java.util.Optional;
import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of a relationship case. */
public record CaseId(UUID value) implements TypedId {
    public CaseId {
        TypedId.check(value, "case id");
    }

    /** The id in a link or a route, if it is one: a mistyped or guessed address is simply none. */
    public static Optional<CaseId> fromText(String text) {
        return TypedId.fromText(text, CaseId::new);
    }

    /** The id in text the app wrote itself (an engine variable): must be one. */
    public static CaseId parse(String text) {
        return TypedId.parse(text, CaseId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
