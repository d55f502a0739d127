package org.coachingpool.demo;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.worklist.WorkItemOpened;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wakes a simulator thread when the case it waits on gets a new task or moves, once that change
 * has committed. Without it the simulator asked the database every few milliseconds for every
 * case it waited on: more queries than the people's own actions, on the same two cores.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "coachingpool.demo", havingValue = "true")
class CaseProgress {

    /** Only cases someone waits on are here: the rest of the app's changes cost a map lookup. */
    private final Map<UUID, Signal> watched = new ConcurrentHashMap<>();

    /** Counts the changes to one case, so a change between a look and a wait is not missed. */
    static final class Signal {
        private long changes;

        synchronized long changes() {
            return changes;
        }

        synchronized void changed() {
            changes++;
            notifyAll();
        }

        /** Waits until the case changed after {@code seen}, or the time is up. */
        synchronized void awaitAfter(long seen, long millis) throws InterruptedException {
            long until = System.currentTimeMillis() + millis;
            long left = millis;
            while (changes == seen && left > 0) {
                wait(left);
                left = until - System.currentTimeMillis();
            }
        }
    }

    Signal watch(UUID caseId) {
        return watched.computeIfAbsent(caseId, id -> new Signal());
    }

    void forget(UUID caseId) {
        watched.remove(caseId);
    }

    /** At the end of a run: cases left where they were are not watched any more. */
    void forgetAll() {
        watched.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void opened(WorkItemOpened opened) {
        if (opened.caseId() != null) {
            signal(opened.caseId().value());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void moved(CaseMoved moved) {
        signal(moved.caseId().value());
    }

    private void signal(UUID caseId) {
        if (caseId == null) {
            return;
        }
        var signal = watched.get(caseId);
        if (signal != null) {
            signal.changed();
        }
    }
}
