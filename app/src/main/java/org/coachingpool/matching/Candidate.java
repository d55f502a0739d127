package org.coachingpool.matching;

import java.util.List;
import java.util.Map;
import org.coachingpool.security.UserId;

/**
 * A pool member who could take a case, in rank order, with why they rank where they do.
 *
 * @param points the score's parts; they add up to {@code score}
 * @param reasons the parts in plain words, for the pool admin ("another organisation; specialism: leadership")
 * @param biography what the member wrote about themselves, for the thinker choosing; null if none
 */
public record Candidate(int rank, UserId id, String username, String displayName, String organisation,
        int capacityLeft, boolean otherOrganisation, int score, Map<Criterion, Integer> points, List<String> reasons,
        String biography) {

    public Candidate {
        points = Map.copyOf(points);
        reasons = List.copyOf(reasons);
    }

    Candidate ranked(int position) {
        return new Candidate(position, id, username, displayName, organisation, capacityLeft, otherOrganisation, score,
                points, reasons, biography);
    }

    /** The reasons as one line. */
    public String reasonsInWords() {
        return String.join("; ", reasons);
    }
}
