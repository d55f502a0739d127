package org.coachingpool.audit;

import java.time.Instant;

/**
 * The head of the audit chain was anchored outside the database: the pool team is emailed it, so a
 * copy sits where nobody with the database's rights alone can reach it.
 */
public record AuditAnchored(long entries, long seq, String link, Instant at) {
}
