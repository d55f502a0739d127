package org.coachingpool.request;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A request as someone deciding about it needs to see it. Only what the viewer may read is
 * filled in: the readiness answers for the thinker and the pool team; the sponsor's part for the
 * pool team and the coach or mentor.
 *
 * @param readiness the readiness answers, empty unless the viewer may read them
 * @param endorsement the sponsor's answer, empty until given or unless the viewer may read it
 */
public record RequestDetails(String thinkerName, String thinkerOrganisation, KindWanted kindWanted,
        Set<DevelopmentArea> developmentAreas, String goals, Preferences preferences,
        Optional<ReadinessAnswers> readiness, Optional<Endorsement> endorsement, Instant requestedAt) {

    /** What the sponsor said when they supported (or declined) the request. */
    public record Endorsement(String sponsorName, boolean endorsed, boolean protectedTime, String context) {
    }
}
