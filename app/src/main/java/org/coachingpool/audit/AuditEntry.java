package org.coachingpool.audit;

import java.time.Instant;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/**
 * One audited event as the pool team reads it.
 *
 * @param actor who did it, or null for the service itself
 * @param actorName their name now, or "the service"
 * @param caseId the case it concerned, or null
 * @param subject the person it concerned (a changed account, say), or null
 */
public record AuditEntry(long seq, Instant at, UserId actor, String actorName, AuditAction action, CaseId caseId,
        String caseReference, UserId subject, String subjectName, String detail) {
}
