package org.coachingpool.worklist;

import java.time.Instant;
import java.util.UUID;

/**
 * A work item open or being completed, by the engine keys it stands for: what reconciliation
 * compares with the steps the engine waits at.
 *
 * @param completedAt when the person submitted it, for an item completing; else null
 */
public record OpenTask(WorkItemId id, long elementInstanceKey, long processInstanceKey, String elementId, UUID caseId,
        WorkItemState state, Instant createdAt, Instant completedAt) {
}
