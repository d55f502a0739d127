package org.coachingpool.matching;

import java.time.Instant;
import org.coachingpool.cases.CaseId;

/**
 * A case on the waiting list as the pool team sees it.
 *
 * @param nobodyBecause why nobody fits now, counted by rule ("4 have no places free; 2 are paused")
 */
public record WaitingCase(CaseId caseId, String reference, String thinkerName, boolean mentoring, Instant since,
        WaitingList.Urgency urgency, String nobodyBecause) {
}
