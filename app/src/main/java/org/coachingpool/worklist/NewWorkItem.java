package org.coachingpool.worklist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coachingpool.cases.CaseId;

/** What the engine tells us about a human task when it hands out its job. */
public record NewWorkItem(
        long jobKey,
        CaseId caseId,
        long processInstanceKey,
        long elementInstanceKey,
        String bpmnProcessId,
        long processDefinitionKey,
        int processVersion,
        String elementId,
        String assignee,
        List<String> candidateGroups,
        Instant dueAt,
        String formKey,
        Map<String, Object> context) {
}
