package org.coachingpool.incidents;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of something that stops a case: an engine incident or a start that did not happen. */
public record ProblemId(UUID value) implements TypedId {
    public ProblemId {
        TypedId.check(value, "problem id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
