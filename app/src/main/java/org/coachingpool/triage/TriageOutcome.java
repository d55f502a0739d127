package org.coachingpool.triage;

import java.time.Instant;

/**
 * What the pool team decided about a request, as one reader may see it: the pool team reads all of
 * it; the thinker only the guidance written for them (reason and proposal are null for them).
 *
 * @param proposal what the decision table proposed, e.g. COACHING or CONVERSATION
 * @param reason why the pool team decided differently, or null
 * @param guidance the guidance for a thinker signposted elsewhere, or null
 */
public record TriageOutcome(TriageDecision decision, String proposal, String reason, String guidance,
        Instant decidedAt) {
}
