package org.coachingpool.worklist.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final Clock clock;
    private final Instant startedAt;

    CompletionRetry(Worklist worklist, @Value("${coachingpool.worklist.completion-retry-interval}") Duration interval,
            Clock clock) {
        this.worklist = worklist;
        this.interval = interval;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Scheduled(fixedDelayString = "${coachingpool.worklist.completion-retry-interval}", initialDelay = 5_000)
    void resend() {
        Instant lastInterval = clock.instant().minus(interval);
        worklist.resendCompletionsStoredBefore(lastInterval.isAfter(startedAt) ? lastInterval : startedAt);
    }
}
