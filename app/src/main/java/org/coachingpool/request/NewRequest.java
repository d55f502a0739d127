package org.coachingpool.request;

import java.util.Set;
import org.coachingpool.security.UserId;

/**
 * What a thinker asks for. The goals, place and availability are their own words and stay in
 * PostgreSQL; the readiness answers are states.
 */
public record NewRequest(KindWanted kindWanted, Set<DevelopmentArea> developmentAreas, String goals, UserId sponsor,
        Preferences preferences, ReadinessAnswers readiness) {

    /** A request that says nothing of preferences and answers the readiness questions as ready. */
    public NewRequest(KindWanted kindWanted, Set<DevelopmentArea> developmentAreas, String goals, UserId sponsor) {
        this(kindWanted, developmentAreas, goals, sponsor, Preferences.either(), ReadinessAnswers.ready());
    }
}
