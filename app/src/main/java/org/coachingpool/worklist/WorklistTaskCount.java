package org.coachingpool.worklist;

import org.coachingpool.platform.TaskCount;
import org.coachingpool.security.CurrentUser;
import org.springframework.stereotype.Component;

@Component
class WorklistTaskCount implements TaskCount {

    private final Worklist worklist;
    private final InboxUpdates updates;

    WorklistTaskCount(Worklist worklist, InboxUpdates updates) {
        this.worklist = worklist;
        this.updates = updates;
    }

    @Override
    public int openFor(CurrentUser user) {
        return worklist.openCount(user);
    }

    @Override
    public AutoCloseable onChange(CurrentUser user, Runnable callback) {
        return updates.subscribe(user, callback);
    }
}
