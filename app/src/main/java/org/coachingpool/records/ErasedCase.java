package org.coachingpool.records;

import java.time.Instant;

/**
 * A case that is gone, as the pool team can still see it: its reference and dates, nothing about
 * who it was for.
 *
 * @param closedAt null when it was erased on request before it closed
 * @param erasedBy the pool admin's name, or "The service" for the retention sweep
 */
public record ErasedCase(String reference, ErasureReason reason, Instant closedAt, Instant erasedAt, String erasedBy) {
}
