package org.coachingpool.triage;

import java.time.Instant;
import org.coachingpool.cases.CaseId;

/** Published in the transaction that records a triage decision: the table's proposal (COACHING, MENTORING, SIGNPOST or CONVERSATION) and the decision, not the reason. */
public record TriageDecided(CaseId caseId, String proposal, TriageDecision decision, Instant at) {
}
