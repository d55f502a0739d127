package org.coachingpool.worklist;

import java.time.Instant;
import org.coachingpool.cases.CaseId;

/**
 * A work item open or being completed, by the engine keys it stands for: what reconciliation
 * compares with the steps the engine waits at.
 *
 * @param completedAt when the person submitted it, for an item completing; else null
 */
public record OpenTask(WorkItemId id, long elementInstanceKey, long processInstanceKey, String elementId, CaseId caseId,
        WorkItemState state, Instant createdAt, Instant completedAt) {
}
