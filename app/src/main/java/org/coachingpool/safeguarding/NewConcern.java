package org.coachingpool.safeguarding;

/** What a coach or mentor sends the safeguarding lead. */
public record NewConcern(Risk risk, ThinkerTold thinkerTold, String whatHappened) {
}
