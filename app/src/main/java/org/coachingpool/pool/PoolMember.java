package org.coachingpool.pool;

import org.coachingpool.people.MatchingFacts;

/**
 * A member of the pool with what matching and the pool screens need: who they are, their
 * profile, the relationships they hold and their pledge.
 *
 * @param running relationships they are in now
 * @param recentRelationships relationships they took on that are running or closed within the last year
 */
public record PoolMember(MatchingFacts person, CoachProfile profile, int running, int recentRelationships,
        Pledge pledge) {

    /** Places left: how many more relationships they may take on now; never below zero. */
    public int placesLeft() {
        return Math.max(0, profile.maxActiveRelationships() - running);
    }
}
