package org.coachingpool.worklist;

import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/**
 * A person completed a task: a decision on record. Published in the completing transaction.
 *
 * @param caseId the case, or null for a task of no case (joining the pool)
 * @param taskName the task's name from the process model
 */
public record WorkItemCompleted(WorkItemId item, CaseId caseId, String elementId, String taskName, UserId by) {
}
