package org.coachingpool.audit;

import java.time.Instant;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param entries how many entries were checked
 * @param firstBroken the first entry whose hash or link does not match, or null when all do
 * @param checkedAt when the check ran
 */
public record ChainCheck(long entries, Long firstBroken, Instant checkedAt) {

    public boolean intact() {
        return firstBroken == null;
    }
}
