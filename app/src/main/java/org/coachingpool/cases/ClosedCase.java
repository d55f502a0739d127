package org.coachingpool.cases;

import java.time.Instant;

/** A case by its reference and process, and when it closed (null while it runs): for retention and reconciliation. */
public record ClosedCase(CaseId id, String reference, Instant closedAt, Long processInstanceKey) {
}
