/**
 * Matching: the rules that keep a pool member from being offered a case, a weighted score with
 * reasons in plain words for everyone else (ADR 0008), the weights the pool team sets with their
 * history, exclusions after a decline or no-go, and the ways to match (offer one, shortlist, mentor
 * list). Offers {@link org.coachingpool.matching.Matching} and
 * {@link org.coachingpool.matching.MatchingWeights}. Owns {@code match_candidate},
 * {@code match_exclusion}, {@code matching_weight} and {@code matching_weight_change}, whose SQL is
 * in {@code repository}. Views and workers are internal.
 */
package org.coachingpool.matching;
