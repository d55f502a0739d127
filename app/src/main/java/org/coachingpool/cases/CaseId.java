package org.coachingpool.cases;

import java.util.Objects;
import java.util.UUID;

public record CaseId(UUID value) {
    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
