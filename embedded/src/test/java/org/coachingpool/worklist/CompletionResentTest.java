package org.coachingpool.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job the engine hands out again though its work item was completed here (the engine runs from
 * a backup taken a moment before the completion, say) gets the stored completion, so the case
 * moves on and nobody is asked the same question twice. A completion sent again after its first
 * answer was lost is recorded as completed, and only a task the process cancelled is withdrawn.
 */
class CompletionResentTest extends EmbeddedStackTest {

    @Autowired CaseJourney journey;
    @Autowired Worklist worklist;
    @Autowired TaskProjection projection;
    @Autowired CompletionSender completions;
    @Autowired JdbcClient jdbc;
    @Autowired CamundaClient client;
    @Autowired Cases cases;

    /** The database's view when a completion was stored and its sending never heard back. */
    private void storedButUnanswered(WorkItem item) {
        jdbc.sql("""
                        update work_item set state = 'COMPLETING', completed_by = 'sponsor',
                            completed_at = now() - interval '1 minute', result = cast(:result as jsonb)
                        where id = :id
                        """)
                .param("result", "{\"" + RelationshipProcess.VAR_ENDORSEMENT + "\": \"ENDORSED\"}")
                .param("id", item.id().value()).update();
    }

    @Test
    void aCompletionWhoseAnswerWasLostIsRecordedAsCompletedWhenSentAgain() {
        CaseId id = journey.toEndorsement();
        WorkItem endorse = journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE);
        storedButUnanswered(endorse);
        // The first send reached the engine; only its answer went missing.
        client.newCompleteCommand(endorse.jobKey())
                .variables(Map.of(RelationshipProcess.VAR_ENDORSEMENT, "ENDORSED")).send().join();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            completions.resendCompletionsStoredBefore(Instant.now());
            assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.COMPLETED);
        });
        journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);
    }

    @Test
    void aStoredCompletionForATaskTheProcessCancelledIsWithdrawn() {
        CaseId id = journey.toEndorsement();
        WorkItem endorse = journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE);
        storedButUnanswered(endorse);
        client.newCancelInstanceCommand(cases.find(id).orElseThrow().processInstanceKey()).send().join();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            completions.resendCompletionsStoredBefore(Instant.now());
            assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.WITHDRAWN);
        });
    }

    @Test
    void aJobHandedOutAgainAfterItsItemWasCompletedGetsTheStoredAnswer() {
        CaseId id = journey.toEndorsement();
        WorkItem endorse = journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE);
        // Completed in the database alone: what the engine never heard of.
        jdbc.sql("""
                        update work_item set state = 'COMPLETED', completed_by = 'sponsor', completed_at = now(),
                            result = cast(:result as jsonb)
                        where id = :id
                        """)
                .param("result", "{\"" + RelationshipProcess.VAR_ENDORSEMENT + "\": \"ENDORSED\"}")
                .param("id", endorse.id().value()).update();

        projection.record(new NewWorkItem(endorse.jobKey(), id, 0, 0, RelationshipProcess.PROCESS_ID,
                endorse.processDefinitionKey(), endorse.processVersion(), endorse.elementId(), "sponsor", List.of(),
                null, endorse.formKey(), Map.of()));

        journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);
    }
}
