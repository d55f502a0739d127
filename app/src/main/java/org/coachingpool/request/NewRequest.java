package org.coachingpool.request;

import java.util.Set;
import org.coachingpool.security.UserId;

/** What a thinker asks for. The goals are their own words and stay in PostgreSQL. */
public record NewRequest(KindWanted kindWanted, Set<DevelopmentArea> developmentAreas, String goals, UserId sponsor) {
}
