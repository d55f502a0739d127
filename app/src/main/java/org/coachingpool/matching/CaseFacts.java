package org.coachingpool.matching;

import java.util.Map;
import java.util.Set;
import org.coachingpool.people.MatchingFacts;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.MeetingPreference;
import org.coachingpool.security.UserId;

/**
 * What ranking compares of one case.
 *
 * @param mentoring true when triage decided on mentoring, false for coaching
 * @param chain the thinker's line-management chain, up and down
 * @param tried members who may not be offered the case again, and why
 * @param place where the thinker would like to meet, or null
 */
record CaseFacts(MatchingFacts thinker, UserId sponsor, boolean mentoring, Set<UserId> chain,
        Map<UserId, Matching.Exclusion> tried, Set<DevelopmentArea> areas, MeetingPreference meeting, String place) {
}
