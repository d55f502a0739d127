package org.coachingpool.worklist;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of a task in someone's inbox. */
public record WorkItemId(UUID value) implements TypedId {
    public WorkItemId {
        TypedId.check(value, "work item id");
    }

    public static WorkItemId parse(String text) {
        return TypedId.parse(text, WorkItemId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
