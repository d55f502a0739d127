package org.coachingpool.worklist;

import java.time.Instant;
import org.coachingpool.cases.CaseId;

/**
 * A task that can no longer be acted on, as someone it was for sees it: done (by whom, when),
 * no longer needed, or taken by a colleague. Names and dates only, never what was written.
 *
 * @param by the display name of the person who completed or took it; null when withdrawn
 */
public record PastTask(String title, CaseId caseId, String caseReference, Status status, Instant at, String by) {

    public enum Status {
        COMPLETED, WITHDRAWN, TAKEN
    }
}
