package org.coachingpool.worklist.worker;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.worklist.WorkItemOpened;
import org.coachingpool.worklist.TaskWithdrawal;
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

    private final TaskWithdrawal withdrawal;
    private final Duration sweepAfter;
    /** The checks ask the engine; they run here, not on the job worker or request thread that moved the case. */
    private final ExecutorService checks = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().name("cancelled-task-checks").daemon().factory());

    CancelledTaskSweep(TaskWithdrawal withdrawal, @Value("${coachingpool.worklist.sweep-after:6h}") Duration sweepAfter) {
        this.withdrawal = withdrawal;
        this.sweepAfter = sweepAfter;
    }

    @TransactionalEventListener
    void onOpened(WorkItemOpened opened) {
        if (opened.caseId() != null) {
            checks.execute(() -> withdrawal.withdrawCancelled(opened.caseId(), opened.id()));
        }
    }

    @TransactionalEventListener
    void onMoved(CaseMoved moved) {
        checks.execute(() -> withdrawal.withdrawCancelled(moved.caseId(), null));
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }

    @Scheduled(fixedDelayString = "${coachingpool.worklist.sweep-interval:15m}",
            initialDelayString = "${coachingpool.worklist.sweep-interval:15m}")
    void sweep() {
        withdrawal.withdrawCancelledEverywhere(sweepAfter);
    }
}
