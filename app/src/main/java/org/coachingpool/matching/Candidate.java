package org.coachingpool.matching;

/** A pool member who could take a case, in rank order. */
public record Candidate(int rank, String username, String displayName, int capacityLeft, boolean otherOrganisation) {
}
