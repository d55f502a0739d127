package org.coachingpool.worklist;

import java.time.Instant;
import java.util.List;
import org.coachingpool.cases.CaseId;

/**
 * Published in the transaction that records a new work item, once per human task however often
 * its job is delivered: for inboxes, case tracking and email. Carries no case content.
 *
 * @param dueAt when the task should be done by, or null when it has no due date
 */
public record WorkItemOpened(WorkItemId id, CaseId caseId, long processInstanceKey, String elementId,
        String assignee, List<String> candidateGroups, String title, String formKey, Instant dueAt) {

    /** Where the task's page is, relative to the app's address. */
    public String path() {
        return TaskRoute.path(formKey, elementId, id);
    }
}
