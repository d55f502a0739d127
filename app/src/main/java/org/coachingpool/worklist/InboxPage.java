package org.coachingpool.worklist;

import java.util.List;

/** The items an inbox screen shows and how many matched in all. */
public record InboxPage(List<WorkItem> items, int total) {

    public boolean isPartial() {
        return total > items.size();
    }
}
