package org.coachingpool.worklist.worker;

import java.time.Duration;
import org.coachingpool.worklist.Worklist;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Re-sends completions that were stored while the engine was out of reach. */
@Component
class CompletionRetry {

    private final Worklist worklist;
    private final Duration interval;

    CompletionRetry(Worklist worklist, @Value("${coachingpool.worklist.completion-retry-interval}") Duration interval) {
        this.worklist = worklist;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${coachingpool.worklist.completion-retry-interval}",
            initialDelayString = "${coachingpool.worklist.completion-retry-interval}")
    void resend() {
        worklist.resendPendingCompletions(interval);
    }
}
