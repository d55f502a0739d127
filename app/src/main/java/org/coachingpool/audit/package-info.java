/**
 * Audit: an append-only, hash-linked log of who read confidential text, who was refused access,
 * each task decision and each change the pool team made to people, the pool, settings and
 * processes; entries about safeguarding concerns are shown to the safeguarding lead alone. Offers {@link org.coachingpool.audit.AuditLog} (search for pool admins, and a check
 * of the chain, whose links are keyed and whose head is anchored outside the database each day:
 * {@code AuditAnchors}, {@link org.coachingpool.audit.AuditAnchored}). Owns {@code audit_event}. It listens to other features' events and nobody calls
 * it, so features stay free of it; {@code AuditTrail}, {@code repository} and {@code ui} are
 * internal. ADR 0021.
 */
package org.coachingpool.audit;
