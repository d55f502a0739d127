package org.coachingpool.audit;

/**
 * What the pool team looks for in the audit log; blank parts match everything.
 *
 * @param caseReference a case's reference, e.g. CP-2026-0042
 * @param person part of a name or user name: events they did or that concerned them
 */
public record AuditFilter(String caseReference, String person, AuditAction action, int limit) {
}
