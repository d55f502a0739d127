package org.coachingpool.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Where a retry of work sent to the engine may start: work stored more than its time in flight
 * ago, or anything stored before this process began, however recent. After a crash nothing from
 * before the restart is still on its way, so it goes again seconds after the start instead of
 * waiting out the interval. Both retries it serves are idempotent, so the worst a replica still
 * sending its own work can cause is one extra send.
 */
@Component
public class RetryCutoff {

    private final Clock clock;
    private final Instant processStarted;

    RetryCutoff(Clock clock) {
        this.clock = clock;
        this.processStarted = clock.instant();
    }

    /** Stored before the returned moment: may be sent again. */
    public Instant storedBefore(Duration inFlight) {
        Instant recent = clock.instant().minus(inFlight);
        return recent.isAfter(processStarted) ? recent : processStarted;
    }
}
