package org.coachingpool.worklist.worker;

import java.time.Duration;
import org.coachingpool.enginecommands.EngineWorkOutbox;
import org.coachingpool.platform.RetryCutoff;
import org.coachingpool.worklist.CompletionSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Completions stored while the engine was out of reach, or just before this process died, sent
 * again by the engine-command sender's pass (ADR 0028). One stored in the last interval may still
 * be on its way, unless it was stored before this process began: those go with the first pass
 * after the start, so a crash holds a case for seconds.
 */
@Component
class CompletionOutbox implements EngineWorkOutbox {

    private final CompletionSender completions;
    private final Duration inFlight;
    private final RetryCutoff cutoff;

    CompletionOutbox(CompletionSender completions, @Value("${coachingpool.worklist.completion-retry-interval}") Duration inFlight,
            RetryCutoff cutoff) {
        this.completions = completions;
        this.inFlight = inFlight;
        this.cutoff = cutoff;
    }

    @Override
    public int sendWaiting() {
        return completions.resendCompletionsStoredBefore(cutoff.storedBefore(inFlight));
    }
}
