package org.coachingpool.worklist;

import java.util.Objects;
import java.util.UUID;

public record WorkItemId(UUID value) {
    public WorkItemId {
        Objects.requireNonNull(value, "work item id");
    }

    public static WorkItemId parse(String text) {
        return new WorkItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
