package org.coachingpool.notification.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.notification.NotificationTemplate;
import org.coachingpool.notification.Notifications;
import org.springframework.stereotype.Component;

/** Maps a notify task's headers to a recipient and records the notification. */
@Component
public class NotifyWorker {

    private final Notifications notifications;

    public NotifyWorker(Notifications notifications) {
        this.notifications = notifications;
    }

    @JobWorker(type = RelationshipProcess.JOB_NOTIFY, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_THINKER, RelationshipProcess.VAR_SPONSOR, RelationshipProcess.VAR_COACH})
    public void notify(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        String header = required(headers, RelationshipProcess.HEADER_TEMPLATE, job);
        NotificationTemplate template = NotificationTemplate.ofHeader(header).orElseThrow(() -> new IllegalStateException(
                "task " + job.getElementId() + " names template '" + header + "', which the app does not know"));
        String to = required(headers, RelationshipProcess.HEADER_TO, job);
        CaseId caseId = new CaseId(UUID.fromString(variables.get(RelationshipProcess.VAR_CASE_ID).toString()));
        if (to.equals("pool-admins")) {
            notifications.record(job.getKey(), caseId, template, null, "pool-admins");
            return;
        }
        Object person = variables.get(to);
        if (person == null) {
            throw new IllegalStateException("task " + job.getElementId() + " notifies '" + to
                    + "', but the case has no such participant yet");
        }
        notifications.record(job.getKey(), caseId, template, person.toString(), null);
    }

    private static String required(Map<String, String> headers, String name, ActivatedJob job) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("task " + job.getElementId() + " has no '" + name + "' header");
        }
        return value;
    }
}
