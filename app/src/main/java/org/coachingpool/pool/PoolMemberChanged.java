package org.coachingpool.pool;

import org.coachingpool.security.UserId;

/** Published when a member's profile changed (status, places, what they offer), after it commits. */
public record PoolMemberChanged(UserId member) {
}
