package org.coachingpool.worklist;

import java.time.Instant;

/**
 * Filters of an inbox screen; null means "any".
 *
 * @param text part of a task title or case reference
 * @param stage a case stage name ({@code org.coachingpool.cases.Stage})
 * @param elementId one kind of task (its BPMN element id)
 * @param dueBefore only tasks due before this moment
 * @param limit how many items at most, most urgent first
 */
public record InboxQuery(String text, String stage, String elementId, Instant dueBefore, int limit) {

    public InboxQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
