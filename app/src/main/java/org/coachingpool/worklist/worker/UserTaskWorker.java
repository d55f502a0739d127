package org.coachingpool.worklist.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.BackoffSupplier;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.coachingpool.cases.CaseId;
import org.coachingpool.worklist.EngineVariables;
import org.coachingpool.worklist.HumanTaskEngine;
import org.coachingpool.worklist.NewWorkItem;
import org.coachingpool.worklist.TaskProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Projects every job-worker user task the engine hands out into a work item. A thin adapter:
 * it reads the job's headers and variables and calls {@link TaskProjection#record}. It does not
 * complete the job; a person does, later, through the worklist.
 */
@Component
class UserTaskWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UserTaskWorker.class);
    static final String HEADER_ASSIGNEE = "io.camunda.zeebe:assignee";
    static final String HEADER_CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
    static final String HEADER_DUE_DATE = "io.camunda.zeebe:dueDate";
    static final String HEADER_FORM_KEY = "io.camunda.zeebe:formKey";
    static final String CASE_ID = "caseId";
    /** Engine variables a task's form may show; all are states or counts, never text. */
    static final List<String> CONTEXT = List.of("triageProposal", "candidateCount", "kindWanted", "supportKind",
            "shortlist", "applicationId", "concernId", "plannedSessions");

    private final CamundaClient client;
    private final TaskProjection projection;
    private final Duration jobTimeout;
    private final Duration activationTimeout;
    private final BackoffSupplier backoff;
    private volatile JobWorker worker;

    UserTaskWorker(CamundaClient client, TaskProjection projection,
            @Value("${coachingpool.worklist.job-timeout}") Duration jobTimeout,
            @Value("${coachingpool.worklist.activation-timeout:60s}") Duration activationTimeout,
            BackoffSupplier backoff) {
        this.client = client;
        this.projection = projection;
        this.jobTimeout = jobTimeout;
        this.activationTimeout = activationTimeout;
        this.backoff = backoff;
    }

    void handle(JobClient jobs, ActivatedJob job) {
        try {
            projection.record(toWorkItem(job));
            hold(job.getKey());
        } catch (RuntimeException e) {
            // Technical failure (e.g. the database is down): hand the job back after a pause.
            // Retries stay as they are: a person's task must not turn into an incident because
            // our database blinked. The engine re-offers it after the back-off.
            log.warn("Could not record user task job {} ({}); retrying in 10s", job.getKey(), e.getMessage());
            jobs.newFailCommand(job.getKey()).retries(Math.max(job.getRetries(), 1))
                    .retryBackoff(Duration.ofSeconds(10)).errorMessage("work item not recorded: " + e.getMessage())
                    .send();
        }
    }

    /**
     * A job is taken for a short while only, and held for the task's long life once its work item
     * is committed: if the app dies between taking a job and recording it, the engine hands the
     * job out again within the short while, not a day later. A hold that does not arrive changes
     * nothing but that: the job comes back and is held then.
     */
    private void hold(long jobKey) {
        client.newUpdateTimeoutCommand(jobKey).timeout(jobTimeout).requestTimeout(Duration.ofSeconds(10)).send()
                .exceptionally(e -> {
                    log.debug("Could not hold user task job {}; it comes back after {}", jobKey, activationTimeout, e);
                    return null;
                });
    }

    static NewWorkItem toWorkItem(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Object caseId = job.getVariablesAsMap().get(CASE_ID);
        return new NewWorkItem(
                job.getKey(),
                caseId == null ? null : CaseId.parse(caseId.toString()),
                job.getProcessInstanceKey(),
                job.getElementInstanceKey(),
                job.getBpmnProcessId(),
                job.getProcessDefinitionKey(),
                job.getProcessDefinitionVersion(),
                job.getElementId(),
                blankToNull(headers.get(HEADER_ASSIGNEE)),
                groups(headers.get(HEADER_CANDIDATE_GROUPS)),
                dueDate(headers.get(HEADER_DUE_DATE)),
                blankToNull(headers.get(HEADER_FORM_KEY)),
                context(job.getVariablesAsMap()));
    }

    static Map<String, Object> context(Map<String, Object> variables) {
        Map<String, Object> context = new TreeMap<>();
        for (String name : CONTEXT) {
            Object value = variables.get(name);
            if (value instanceof Map<?, ?> decision && decision.containsKey("proposal")) {
                value = decision.get("proposal");
            }
            if (value != null) {
                context.put(name, value);
            }
        }
        return EngineVariables.requireSafe(context);
    }

    /** The engine writes candidate groups as a JSON array of strings. */
    static List<String> groups(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        String inner = header.trim().replaceAll("^\\[|]$", "");
        return Arrays.stream(inner.split(",")).map(s -> s.trim().replaceAll("^\"|\"$", "")).filter(s -> !s.isEmpty())
                .toList();
    }

    /** The engine writes an offset date-time, or a zoned one when the model's expression gave a zone. */
    static Instant dueDate(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(header).toInstant();
        } catch (DateTimeParseException notOffset) {
            return ZonedDateTime.parse(header).toInstant();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public void start() {
        worker = client.newWorker()
                .jobType(HumanTaskEngine.USER_TASK_JOB_TYPE)
                .handler(this::handle)
                .name("worklist")
                .timeout(activationTimeout)
                .fetchVariables(Stream.concat(Stream.of(CASE_ID), CONTEXT.stream())
                        .toList())
                .streamEnabled(true)
                .pollInterval(Duration.ofMillis(100))
                .backoffSupplier(backoff)
                .open();
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.close();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null && worker.isOpen();
    }
}
