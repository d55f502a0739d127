package org.coachingpool.calendar;

import java.time.Instant;
import java.util.List;
import org.coachingpool.cases.CaseId;

/**
 * A meeting as its participants see it.
 *
 * @param sequence how many times it was changed or cancelled: the invitation's SEQUENCE, and what
 *     a change from a page opened before another change is checked against
 * @param participants names of the people invited
 */
public record Meeting(MeetingId id, CaseId caseId, MeetingKind kind, Instant startsAt, int minutes, MeetingMode mode,
        MeetingState state, int sequence, List<String> participants) {

    public Instant endsAt() {
        return startsAt.plusSeconds(minutes * 60L);
    }
}
