package org.coachingpool.worklist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/**
 * A human task as a person sees it. Carries no case content: only ids, names, dates, and the
 * engine's context for its form (states and counts such as the triage proposal).
 */
public record WorkItem(
        WorkItemId id,
        long jobKey,
        CaseId caseId,
        String caseReference,
        String caseStage,
        String elementId,
        String title,
        String formKey,
        String assignee,
        List<String> candidateGroups,
        Instant dueAt,
        WorkItemState state,
        Instant createdAt,
        long processDefinitionKey,
        int processVersion,
        Map<String, Object> context,
        boolean offeredToGroup,
        /** Whom the case is for, so a list of tasks says whose they are; null outside cases. */
        String thinkerName,
        /** The thinker of the case, whose name the people feature gives; null outside cases. */
        UserId thinkerId) {

    /** The item with its case's reference, stage and thinker, which the cases feature keeps. */
    public WorkItem withCase(String reference, String stage, UserId thinker, String thinkerName) {
        return new WorkItem(id, jobKey, caseId, reference, stage, elementId, title, formKey, assignee,
                candidateGroups, dueAt, state, createdAt, processDefinitionKey, processVersion, context, offeredToGroup,
                thinkerName, thinker);
    }

    /** A group task one person has taken: they may hand it back. */
    public boolean isClaimed() {
        return offeredToGroup && assignee != null;
    }

    /** A group task nobody has taken yet. */
    public boolean isClaimable() {
        return offeredToGroup && assignee == null && state == WorkItemState.OPEN;
    }

    /** Where the task's page is, relative to the app's address: tasks/{form}/{item}. */
    public String path() {
        return TaskRoute.path(formKey, elementId, id);
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && state == WorkItemState.OPEN && now.isAfter(dueAt);
    }
}
