package org.coachingpool.safeguarding;

import java.time.Instant;

/** A concern as its safeguarding lead reads it: enough to act, and who to call. */
public record Concern(ConcernId id, String caseReference, String thinkerName, String thinkerEmail, String raisedByName,
        String raisedByEmail, Risk risk, ThinkerTold thinkerTold, String whatHappened, Instant raisedAt) {
}
