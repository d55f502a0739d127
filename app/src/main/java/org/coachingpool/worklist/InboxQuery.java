package org.coachingpool.worklist;

/**
 * Filters of an inbox screen.
 *
 * @param text part of a task title or case reference, or blank for all
 * @param stage a case stage name ({@code org.coachingpool.cases.Stage}), or null for all
 * @param limit how many items at most, most urgent first
 */
public record InboxQuery(String text, String stage, int limit) {

    public InboxQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
