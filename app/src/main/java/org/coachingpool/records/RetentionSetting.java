package org.coachingpool.records;

import java.time.Instant;

/**
 * How long the pool keeps a case after it closes.
 *
 * @param changedBy who set it last, or null for the default
 */
public record RetentionSetting(int yearsAfterClose, String changedBy, Instant changedAt) {
}
