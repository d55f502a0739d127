package org.coachingpool.demo;

import java.time.Instant;
import java.util.List;

/**
 * What the simulator is asked to replay, and what it counted while it did.
 *
 * <p>The default parameters are calibrated to a regional public-sector pool's published year (more
 * than 550 people, 1,850 hours, 96% improved; ../shared/seeds/002) and to what schemes report:
 * 4 to 6 weeks from request to match, sessions of an hour or more every few weeks.
 */
public final class SimulatedYear {

    private SimulatedYear() {
    }

    /**
     * @param startYear the calendar year the simulated pool year starts in
     * @param seed the same seed and parameters replay the same year
     * @param requests requests made over the year, one thinker each
     */
    public record Parameters(int startYear, long seed, int requests, int organisations, int coaches,
            double sponsorDeclines, double signposted, double mentoring, double notSure, double offerDeclined,
            double chemistryNoGo, double endsEarly, int minSessions, int maxSessions, int minMinutes, int maxMinutes,
            double[] ratingWeights) {

        /** A year like the seed pool's: about 600 requests from eight member organisations. */
        public static Parameters likeTheSeedPool(int startYear) {
            return new Parameters(startYear, 2026L, 620, 8, 130, 0.03, 0.04, 0.25, 0.10, 0.08, 0.06, 0.05, 2, 5,
                    45, 105, new double[] {0.005, 0.0085, 0.09, 0.46, 0.4365});
        }

        /** The same shape, fewer requests: for tests and quick looks. */
        public Parameters withRequests(int count, int coachCount) {
            return new Parameters(startYear, seed, count, organisations, coachCount, sponsorDeclines, signposted,
                    mentoring, notSure, offerDeclined, chemistryNoGo, endsEarly, minSessions, maxSessions, minMinutes,
                    maxMinutes, ratingWeights);
        }
    }

    /**
     * The simulator's own count of what it did in the pool year, to check reports against.
     *
     * @param peopleSupported thinkers matched before the year ended whose case was open at some time in it
     * @param evaluatedAllImproved evaluations in the year rating all three areas 3 or more
     * @param months the same counts month by month, first month of the pool year first
     */
    public record Tally(int requests, int declined, int signposted, int peopleSupported, int started,
            int sessions, long minutes, int evaluations, int evaluatedAllImproved, int completed, int endedEarly,
            int chemistryConversations, int chemistryAgreed, int actions, int stuck, Instant startedAt,
            Instant finishedAt, List<Month> months) {

        /** One month's requests, sessions, minutes and how many thinkers those sessions were with. */
        public record Month(int requests, int sessions, long minutes, int people) {
        }

        public double hours() {
            return minutes / 60.0;
        }
    }
}
