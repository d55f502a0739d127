package org.coachingpool.cases;

import java.time.Duration;
import java.time.Instant;
import org.coachingpool.security.UserId;

/** Milestone facts of a case: what any participant may see. No text people wrote. */
public record CaseSummary(CaseId id, String reference, UserId thinker, String thinkerName, UserId sponsor,
        String sponsorName, String kindWanted, Stage stage, Long processInstanceKey, Instant requestedAt,
        Instant updatedAt, UserId coach, String coachName) {

    /** Open and unchanged for longer than the given time: worth a look from the pool team. */
    public boolean isStuck(Instant now, Duration after) {
        return !stage.isFinal() && updatedAt.plus(after).isBefore(now);
    }
}
