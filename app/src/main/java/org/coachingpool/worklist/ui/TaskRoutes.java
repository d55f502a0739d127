package org.coachingpool.worklist.ui;

import org.coachingpool.worklist.WorkItem;

/** A task's form lives at tasks/{formKey}/{itemId}; feature views register those routes. */
final class TaskRoutes {

    private TaskRoutes() {
    }

    static String of(WorkItem item) {
        return item.path();
    }
}
