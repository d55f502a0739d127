package org.coachingpool.pool;

import org.coachingpool.people.MatchingFacts;

/**
 * A member of the pool with what matching and the pool screens need: who they are, their
 * profile, the relationships they hold and their pledge.
 *
 * @param running relationships they are in now
 * @param recentRelationships relationships they took on that are running or closed within the last year
 * @param held places held for offers still waiting for their answer (matching fills this in)
 */
public record PoolMember(MatchingFacts person, CoachProfile profile, int running, int recentRelationships,
        Pledge pledge, int held) {

    public PoolMember(MatchingFacts person, CoachProfile profile, int running, int recentRelationships, Pledge pledge) {
        this(person, profile, running, recentRelationships, pledge, 0);
    }

    /** Places left: how many more relationships they may take on now; never below zero. */
    public int placesLeft() {
        return Math.max(0, profile.maxActiveRelationships() - running - held);
    }

    public PoolMember withHeld(int places) {
        return new PoolMember(person, profile, running, recentRelationships, pledge, places);
    }
}
