package org.coachingpool.worklist;

import java.util.UUID;

/** Published after a new work item is committed, for inboxes and case tracking. */
public record WorkItemOpened(WorkItemId id, UUID caseId, long processInstanceKey, String elementId,
        String assignee, java.util.List<String> candidateGroups) {
}
