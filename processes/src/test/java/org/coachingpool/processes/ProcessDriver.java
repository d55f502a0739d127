package org.coachingpool.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Drives the relationship process the way the app does: publishes the start message, plays
 * the app's job workers with plausible answers, and completes people's tasks.
 */
final class ProcessDriver {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    static final List<String> SERVICE_TYPES = List.of("case.set-stage", "case.notify", "matching.find-candidates",
            "matching.record-decline", "chemistry.record-no-go", "sessions.count", "sessions.extend",
            "pool.add-to-ledger", "matching.join-waiting-list");

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    private final Map<String, List<ActivatedJob>> openTasks = new HashMap<>();
    final List<String> stages = new ArrayList<>();
    final List<String> notifications = new ArrayList<>();
    int noGoCount;
    /** How many candidates ranking finds; 0 puts the case on the waiting list. */
    int candidates = 3;
    int joinedWaitingList;
    int sessionsLogged;
    final String caseId = UUID.randomUUID().toString();

    ProcessDriver(ZeebeTestEngine engine, ZeebeClient client) {
        this.engine = engine;
        this.client = client;
    }

    void request(String kind) {
        client.newPublishMessageCommand().messageName("relationship-requested").correlationKey(caseId)
                .messageId(caseId).timeToLive(Duration.ZERO)
                .variables(Map.of("caseId", caseId, "thinker", "thinker", "sponsor", "sponsor", "kindWanted", kind))
                .send().join();
        settle();
    }

    /** Lets the engine run and answers every service job, as the app's workers would. */
    void settle() {
        for (int round = 0; round < 50; round++) {
            idle();
            boolean worked = false;
            for (String type : SERVICE_TYPES) {
                for (ActivatedJob job : client.newActivateJobsCommand().jobType(type).maxJobsToActivate(20).send()
                        .join().getJobs()) {
                    client.newCompleteCommand(job.getKey()).variables(answer(job)).send().join();
                    worked = true;
                }
            }
            if (!worked) {
                return;
            }
        }
        throw new AssertionError("the process kept creating service jobs");
    }

    private Map<String, Object> answer(ActivatedJob job) {
        Map<String, Object> result = new HashMap<>();
        switch (job.getType()) {
            case "case.set-stage" -> stages.add(job.getCustomHeaders().get("stage"));
            case "case.notify" -> notifications.add(job.getCustomHeaders().get("template") + "->"
                    + job.getCustomHeaders().get("to"));
            case "matching.find-candidates" -> {
                result.put("candidateCount", candidates);
                result.put("mentorCandidates", List.of("coach1", "coach3"));
                result.put("volunteer", null);
            }
            case "chemistry.record-no-go" -> result.put("chemistryAttempts", ++noGoCount);
            case "matching.join-waiting-list" -> joinedWaitingList++;
            case "sessions.count" -> result.put("sessionsLogged", ++sessionsLogged);
            case "sessions.extend" -> {
                Map<String, Object> variables = job.getVariablesAsMap();
                @SuppressWarnings("unchecked")
                var settings = (Map<String, Object>) variables.get("settings");
                int planned = ((Number) variables.get("plannedSessions")).intValue();
                result.put("plannedSessions", planned + ((Number) settings.get("extensionSessions")).intValue());
                result.put("extended", true);
            }
            default -> { }
        }
        return result;
    }

    /** The person's task for that element: waits until the engine has created it. */
    ActivatedJob task(String elementId) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<ActivatedJob> found = Optional.ofNullable(openTasks.get(elementId))
                    .filter(list -> !list.isEmpty()).map(List::getFirst);
            if (found.isPresent()) {
                return found.get();
            }
            for (ActivatedJob job : client.newActivateJobsCommand().jobType(USER_TASK).maxJobsToActivate(50)
                    .timeout(Duration.ofDays(365)).send().join().getJobs()) {
                openTasks.computeIfAbsent(job.getElementId(), k -> new ArrayList<>()).add(job);
            }
            idle();
        }
        throw new AssertionError("no task " + elementId + " was created; open: " + openTasks.keySet());
    }

    List<ActivatedJob> tasks(String elementId) {
        task(elementId);
        return List.copyOf(openTasks.get(elementId));
    }

    boolean hasTask(String elementId) {
        for (ActivatedJob job : client.newActivateJobsCommand().jobType(USER_TASK).maxJobsToActivate(50)
                .timeout(Duration.ofDays(365)).send().join().getJobs()) {
            openTasks.computeIfAbsent(job.getElementId(), k -> new ArrayList<>()).add(job);
        }
        return openTasks.containsKey(elementId) && !openTasks.get(elementId).isEmpty();
    }

    void complete(String elementId, Map<String, Object> variables) {
        complete(task(elementId), variables);
    }

    void complete(ActivatedJob job, Map<String, Object> variables) {
        openTasks.get(job.getElementId()).remove(job);
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        settle();
    }

    /** A task the process cancelled is gone from the engine: forget it too. */
    void forget(String elementId) {
        openTasks.remove(elementId);
    }

    void passTime(Duration duration) {
        engine.increaseTime(duration);
        settle();
    }

    void endEarly() {
        client.newPublishMessageCommand().messageName("relationship-ended-early").correlationKey(caseId).send().join();
        settle();
    }

    private void idle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(5));
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the engine did not settle", e);
        }
    }

    // The stages of a case, as people complete them.

    void endorsed() {
        complete("endorse-request", Map.of("endorsement", "ENDORSED"));
    }

    void triaged(String decision) {
        complete("triage-request", Map.of("triageDecision", decision));
    }

    void offeredTo(String coach) {
        complete("choose-match", Map.of("matchMode", "OFFER_ONE", "offeredCoach", coach));
    }

    void accepted() {
        complete("offer", Map.of("offerResponse", "ACCEPTED"));
    }

    void chemistry(String coach, String thinker) {
        complete("coach-chemistry", Map.of("chemistry", coach));
        complete("thinker-chemistry", Map.of("chemistry", thinker));
    }

    void contracted(String involvement, int sessions) {
        complete("record-contract", Map.of("sponsorInvolvement", involvement, "plannedSessions", sessions,
                "reviewDate", "2027-03-01"));
        complete("thinker-confirms", Map.of("thinkerContract", "AGREE"));
        if (involvement.equals("FULL")) {
            complete("sponsor-confirms", Map.of("sponsorContract", "AGREE"));
        }
    }

    /** Endorsed, triaged to coaching, offered to and accepted by the coach, chemistry agreed. */
    void toContract(String coach) {
        endorsed();
        triaged("COACHING");
        offeredTo(coach);
        accepted();
        chemistry("GO", "GO");
    }

    void matchedAndContracted(String coach) {
        endorsed();
        triaged("COACHING");
        offeredTo(coach);
        accepted();
        chemistry("GO", "GO");
        contracted("FULL", 2);
    }

    void assertStagesInclude(String... expected) {
        assertThat(stages).containsSubsequence(expected);
    }
}
