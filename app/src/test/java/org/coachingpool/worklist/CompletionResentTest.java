package org.coachingpool.worklist;

import java.util.List;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job the engine hands out again though its work item was completed here (the engine runs from
 * a backup taken a moment before the completion, say) gets the stored completion, so the case
 * moves on and nobody is asked the same question twice.
 */
class CompletionResentTest extends EmbeddedStackTest {

    @Autowired CaseJourney journey;
    @Autowired Worklist worklist;
    @Autowired JdbcClient jdbc;

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

        worklist.record(new NewWorkItem(endorse.jobKey(), id.value(), 0, 0, RelationshipProcess.PROCESS_ID,
                endorse.processDefinitionKey(), endorse.processVersion(), endorse.elementId(), "sponsor", List.of(),
                null, endorse.formKey(), Map.of()));

        journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);
    }
}
