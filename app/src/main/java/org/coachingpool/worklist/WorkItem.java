package org.coachingpool.worklist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A human task as a person sees it. Carries no case content: only ids, names and dates. */
public record WorkItem(
        WorkItemId id,
        long jobKey,
        UUID caseId,
        String caseReference,
        String elementId,
        String title,
        String formKey,
        String assignee,
        List<String> candidateGroups,
        Instant dueAt,
        WorkItemState state,
        Instant createdAt,
        int processVersion) {

    public boolean isOverdue(Instant now) {
        return dueAt != null && state == WorkItemState.OPEN && now.isAfter(dueAt);
    }
}
