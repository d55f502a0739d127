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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request and endorsement part of the relationship process, path by path. */
@ZeebeProcessTest
class RelationshipProcessTest {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    static final String SET_STAGE = "case.set-stage";

    ZeebeTestEngine engine;
    ZeebeClient client;

    @BeforeEach
    void deploy() {
        var deployment = client.newDeployResourceCommand()
                .addResourceFromClasspath("processes/relationship.bpmn")
                .send().join();
        assertThat(deployment).containsProcessesByBpmnProcessId("relationship");
    }

    @Test
    void endorsedRequestReachesTriageByThePoolAdmins() throws Exception {
        String caseId = request();
        InspectedProcessInstance instance = InspectionUtility.findProcessInstances().findLastProcessInstance()
                .orElseThrow();

        assertThat(completeStageJob()).isEqualTo("ENDORSEMENT");
        ActivatedJob endorse = activateUserTask();
        assertThat(endorse.getElementId()).isEqualTo("endorse-request");
        assertThat(endorse.getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "sponsor1");
        assertThat(endorse.getVariablesAsMap()).containsEntry("caseId", caseId);
        client.newCompleteCommand(endorse.getKey()).variables(Map.of("endorsement", "ENDORSED")).send().join();

        assertThat(completeStageJob()).isEqualTo("TRIAGE");
        ActivatedJob triage = activateUserTask();
        assertThat(triage.getElementId()).isEqualTo("triage-request");
        assertThat(triage.getCustomHeaders().get("io.camunda.zeebe:candidateGroups")).contains("pool-admins");
        assertThat(triage.getCustomHeaders()).doesNotContainKey("io.camunda.zeebe:assignee");
        client.newCompleteCommand(triage.getKey()).send().join();
        engine.waitForIdleState(Duration.ofSeconds(5));

        assertThat(instance).hasPassedElementsInOrder("endorse-request", "stage-triage", "triage-request")
                .isCompleted();
    }

    @Test
    void declinedRequestClosesTheCaseWithoutTriage() throws Exception {
        request();
        InspectedProcessInstance instance = InspectionUtility.findProcessInstances().findLastProcessInstance()
                .orElseThrow();
        completeStageJob();
        client.newCompleteCommand(activateUserTask().getKey()).variables(Map.of("endorsement", "DECLINED")).send()
                .join();

        assertThat(completeStageJob()).isEqualTo("DECLINED");
        engine.waitForIdleState(Duration.ofSeconds(5));
        assertThat(instance).hasPassedElement("request-declined").hasNotPassedElement("triage-request").isCompleted();
    }

    @Test
    void sendingTheSameRequestAgainStartsNoSecondCase() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publishRequest(caseId);
        publishRequest(caseId);
        engine.waitForIdleState(Duration.ofSeconds(5));

        var stageJobs = client.newActivateJobsCommand().jobType(SET_STAGE).maxJobsToActivate(10).send().join()
                .getJobs();
        assertThat(stageJobs).hasSize(1);
    }

    @Test
    void anEndorseTaskHeldPastItsJobTimeoutCanStillBeCompleted() throws Exception {
        request();
        completeStageJob();
        ActivatedJob endorse = client.newActivateJobsCommand().jobType(USER_TASK).maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs().getFirst();
        engine.increaseTime(Duration.ofMinutes(5));
        engine.waitForIdleState(Duration.ofSeconds(5));

        // The job went back to the engine and is handed out again, with the same key: one work item.
        List<ActivatedJob> again = client.newActivateJobsCommand().jobType(USER_TASK).maxJobsToActivate(1).send().join()
                .getJobs();
        assertThat(again).extracting(ActivatedJob::getKey).containsExactly(endorse.getKey());
        client.newCompleteCommand(endorse.getKey()).variables(Map.of("endorsement", "ENDORSED")).send().join();
        assertThat(completeStageJob()).isEqualTo("TRIAGE");
    }

    private String request() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publishRequest(caseId);
        engine.waitForIdleState(Duration.ofSeconds(5));
        return caseId;
    }

    private void publishRequest(String caseId) {
        client.newPublishMessageCommand().messageName("relationship-requested").correlationKey(caseId)
                .messageId(caseId).timeToLive(Duration.ZERO)
                .variables(Map.of("caseId", caseId, "thinker", "thinker1", "sponsor", "sponsor1", "kindWanted",
                        "COACHING"))
                .send().join();
    }

    private String completeStageJob() throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        ActivatedJob job = client.newActivateJobsCommand().jobType(SET_STAGE).maxJobsToActivate(1).send().join()
                .getJobs().getFirst();
        client.newCompleteCommand(job.getKey()).send().join();
        engine.waitForIdleState(Duration.ofSeconds(5));
        return job.getCustomHeaders().get("stage");
    }

    private ActivatedJob activateUserTask() throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        return client.newActivateJobsCommand().jobType(USER_TASK).maxJobsToActivate(1).send().join().getJobs()
                .getFirst();
    }
}
