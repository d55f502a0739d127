package org.coachingpool.worklist.worker;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.worklist.WorkItemOpened;
import org.coachingpool.worklist.Worklist;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Job-worker user tasks give no notice when the process cancels them. The process cancels tasks
 * when a case moves on: a new task opens or the stage changes. Then the case's other open items
 * are checked with the engine, and those it no longer has are withdrawn. A slow sweep catches
 * anything else.
 */
@Component
class CancelledTaskSweep implements AutoCloseable {

    private final Worklist worklist;
    private final Duration sweepAfter;
    /** The checks ask the engine; they run here, not on the job worker or request thread that moved the case. */
    private final ExecutorService checks = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().name("cancelled-task-checks").daemon().factory());

    CancelledTaskSweep(Worklist worklist, @Value("${coachingpool.worklist.sweep-after:6h}") Duration sweepAfter) {
        this.worklist = worklist;
        this.sweepAfter = sweepAfter;
    }

    @TransactionalEventListener
    void onOpened(WorkItemOpened opened) {
        if (opened.caseId() != null) {
            checks.execute(() -> worklist.withdrawCancelled(opened.caseId(), opened.id()));
        }
    }

    @TransactionalEventListener
    void onMoved(CaseMoved moved) {
        checks.execute(() -> worklist.withdrawCancelled(moved.caseId().value(), null));
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }

    @Scheduled(fixedDelayString = "${coachingpool.worklist.sweep-interval:15m}",
            initialDelayString = "${coachingpool.worklist.sweep-interval:15m}")
    void sweep() {
        worklist.withdrawCancelledEverywhere(sweepAfter);
    }
}
