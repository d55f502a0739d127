/**
 * Matching: ranked candidates, exclusions after a decline or no-go, and the ways to match
 * (offer one, shortlist, mentor list). Offers {@link org.coachingpool.matching.Matching}. Owns
 * {@code match_candidate} and {@code match_exclusion}. Views and workers are internal.
 */
package org.coachingpool.matching;
