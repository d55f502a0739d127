package org.coachingpool.worklist.worker;

import java.time.Duration;
import org.coachingpool.platform.RetryCutoff;
import org.coachingpool.worklist.Worklist;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-sends completions that were stored while the engine was out of reach, or just before this
 * process died. One stored in the last interval may still be on its way, unless it was stored
 * before this process began: those go 5 s after the start, so a crash holds a case for seconds.
 */
@Component
class CompletionRetry {

    private final Worklist worklist;
    private final Duration interval;
    private final RetryCutoff cutoff;

    CompletionRetry(Worklist worklist, @Value("${coachingpool.worklist.completion-retry-interval}") Duration interval,
            RetryCutoff cutoff) {
        this.worklist = worklist;
        this.interval = interval;
        this.cutoff = cutoff;
    }

    @Scheduled(fixedDelayString = "${coachingpool.worklist.completion-retry-interval}", initialDelay = 5_000)
    void resend() {
        worklist.resendCompletionsStoredBefore(cutoff.storedBefore(interval));
    }
}
