package org.coachingpool.worklist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A human task as a person sees it. Carries no case content: only ids, names, dates, and the
 * engine's context for its form (states and counts such as the triage proposal).
 */
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
        int processVersion,
        Map<String, Object> context) {

    public boolean isOverdue(Instant now) {
        return dueAt != null && state == WorkItemState.OPEN && now.isAfter(dueAt);
    }
}
