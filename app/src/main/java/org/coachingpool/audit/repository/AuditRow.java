package org.coachingpool.audit.repository;

import java.time.Instant;
import java.util.UUID;

/** An audit_event row, as stored and hashed. Ids may be null. */
public record AuditRow(long seq, Instant at, UUID actorId, String action, UUID caseId, String caseReference,
        UUID subjectId, String detail, String prevHash, String hash) {
}
