package org.coachingpool.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemOpened;
import org.springframework.transaction.event.TransactionalEventListener;

/** Notes when each new work item's row is committed. Registered by the benchmark only. */
public class VisibilityProbe {

    final Map<WorkItemId, Long> committedAtMillis = new ConcurrentHashMap<>();

    @TransactionalEventListener
    public void committed(WorkItemOpened opened) {
        committedAtMillis.put(opened.id(), System.currentTimeMillis());
    }
}
