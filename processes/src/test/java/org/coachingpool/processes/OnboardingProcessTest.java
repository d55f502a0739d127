package org.coachingpool.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of joining the pool: interest, training, profile, approval. */
@ZeebeProcessTest
class OnboardingProcessTest {

    ZeebeTestEngine engine;
    ZeebeClient client;
    final List<String> serviceSteps = new ArrayList<>();

    @BeforeEach
    void deploy() {
        client.newDeployResourceCommand().addResourceFile("src/main/resources/processes/onboarding.bpmn").send().join();
        String application = UUID.randomUUID().toString();
        client.newPublishMessageCommand().messageName("pool-interest-expressed").correlationKey(application)
                .messageId(application).timeToLive(Duration.ZERO)
                .variables(Map.of("applicationId", application, "applicant", "newcoach", "memberKind", "COACH"))
                .send().join();
        settle();
    }

    @Test
    void someoneTrainedWithAnApprovedProfileBecomesActive() {
        assertThat(task("review-interest").getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups",
                "[\"pool-admins\"]");
        complete("review-interest", Map.of("interestDecision", "TRAINING"));
        complete("record-training", Map.of("trainingOutcome", "COMPLETED"));
        assertThat(task("write-profile").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "newcoach");
        complete("write-profile", Map.of());
        complete("approve-profile", Map.of("profileDecision", "APPROVED"));
        assertThat(serviceSteps).containsExactly("open-profile", "activate-member");
        assertThat(instance()).hasPassedElement("member-active").isCompleted();
    }

    @Test
    void aProfileSentBackIsWrittenAgainBeforeApproval() {
        complete("review-interest", Map.of("interestDecision", "TRAINING"));
        complete("record-training", Map.of("trainingOutcome", "COMPLETED"));
        complete("write-profile", Map.of());
        complete("approve-profile", Map.of("profileDecision", "CHANGES"));
        complete("write-profile", Map.of());
        complete("approve-profile", Map.of("profileDecision", "APPROVED"));
        assertThat(instance()).hasPassedElement("member-active").isCompleted();
    }

    @Test
    void anOfferNotTakenForwardIsClosed() {
        complete("review-interest", Map.of("interestDecision", "NOT_NOW"));
        assertThat(serviceSteps).containsExactly("close-application");
        assertThat(instance()).hasPassedElement("not-joined").isCompleted();
    }

    @Test
    void trainingNotCompletedClosesTheOffer() {
        complete("review-interest", Map.of("interestDecision", "TRAINING"));
        complete("record-training", Map.of("trainingOutcome", "NOT_COMPLETED"));
        assertThat(serviceSteps).containsExactly("close-application");
        assertThat(instance()).hasPassedElement("not-joined").isCompleted();
    }

    private InspectedProcessInstance instance() {
        return InspectionUtility.findProcessInstances().withBpmnProcessId("onboarding").findLastProcessInstance()
                .orElseThrow();
    }

    private ActivatedJob task(String elementId) {
        for (int attempt = 0; attempt < 20; attempt++) {
            var found = client.newActivateJobsCommand().jobType("io.camunda.zeebe:userTask").maxJobsToActivate(10)
                    .timeout(Duration.ofSeconds(1)).send().join().getJobs().stream()
                    .filter(j -> j.getElementId().equals(elementId)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            idle();
        }
        throw new AssertionError("no task " + elementId);
    }

    private void complete(String elementId, Map<String, Object> variables) {
        client.newCompleteCommand(task(elementId).getKey()).variables(variables).send().join();
        settle();
    }

    private void settle() {
        for (int round = 0; round < 20; round++) {
            idle();
            boolean worked = false;
            for (String type : List.of("pool.open-profile", "pool.activate-member", "pool.close-application")) {
                for (ActivatedJob job : client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).send().join()
                        .getJobs()) {
                    serviceSteps.add(job.getElementId());
                    client.newCompleteCommand(job.getKey()).send().join();
                    worked = true;
                }
            }
            if (!worked) {
                return;
            }
        }
    }

    private void idle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(5));
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
