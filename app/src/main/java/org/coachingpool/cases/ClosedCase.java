package org.coachingpool.cases;

import java.time.Instant;

/** A case that ended, as retention sees it: which, and when it closed. */
public record ClosedCase(CaseId id, String reference, Instant closedAt, Long processInstanceKey) {
}
