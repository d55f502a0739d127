package org.coachingpool.reconciliation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.coachingpool.casefile.ui.PoolBoardView;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hourly comparison finds what the database and the engine disagree on, once it lasts from one
 * comparison to the next, and the pool board says so.
 */
class ReconciliationTest extends ViewTest {

    @Autowired Reconciliation reconciliation;
    @Autowired CaseJourney journey;
    @Autowired Cases cases;
    @Autowired CamundaClient engine;
    @Autowired JdbcClient jdbc;
    @Autowired TestPool pool;
    @Autowired Sessions sessions;

    private List<Drift> on(ReconciliationReport report, String reference) {
        return report.drifts().stream().filter(d -> reference.equals(d.caseReference())).toList();
    }

    @Test
    void aCaseWhoseRecordsAgreeShowsNoDriftAndDifferencesThatLastAreReported() {
        CaseId healthy = journey.toEndorsement();
        CaseId duplicated = journey.toEndorsement();
        CaseId cancelled = journey.toEndorsement();
        CaseId completing = journey.toEndorsement();
        String healthyRef = cases.find(healthy).orElseThrow().reference();
        String duplicatedRef = cases.find(duplicated).orElseThrow().reference();
        String cancelledRef = cases.find(cancelled).orElseThrow().reference();
        String completingRef = cases.find(completing).orElseThrow().reference();

        WorkItem copied = journey.task("sponsor", duplicated, RelationshipProcess.TASK_ENDORSE);
        jdbc.sql("""
                        insert into work_item (id, job_key, case_id, process_instance_key, element_instance_key,
                            bpmn_process_id, process_definition_key, process_version, element_id, title, assignee,
                            candidate_groups, state, created_at, last_activated_at)
                        select gen_random_uuid(), job_key + 1000000000, case_id, process_instance_key,
                            element_instance_key, bpmn_process_id, process_definition_key, process_version, element_id,
                            title, assignee, candidate_groups, 'OPEN', now(), now()
                        from work_item where id = :id
                        """)
                .param("id", copied.id().value()).update();
        journey.task("sponsor", cancelled, RelationshipProcess.TASK_ENDORSE);
        engine.newCancelInstanceCommand(cases.find(cancelled).orElseThrow().processInstanceKey())
                .requestTimeout(Duration.ofSeconds(10)).send().join();
        WorkItem late = journey.task("sponsor", completing, RelationshipProcess.TASK_ENDORSE);
        jdbc.sql("update work_item set state = 'COMPLETING', completed_at = now() - interval '10 minutes' where id = :id")
                .param("id", late.id().value()).update();

        var first = reconciliation.run();
        assertThat(first.engineReached()).isTrue();
        assertThat(on(first, duplicatedRef)).as("not reported before it lasts").isEmpty();
        assertThat(on(first, cancelledRef)).isEmpty();

        var second = reconciliation.run();
        assertThat(on(second, healthyRef)).isEmpty();
        assertThat(on(second, duplicatedRef)).extracting(Drift::kind).containsExactly(Drift.Kind.DUPLICATE_ITEMS);
        assertThat(on(second, cancelledRef)).extracting(Drift::kind)
                .containsExactlyInAnyOrder(Drift.Kind.CASE_WITHOUT_PROCESS, Drift.Kind.ITEM_WITHOUT_TASK);
        assertThat(on(second, completingRef)).extracting(Drift::kind).containsExactly(Drift.Kind.STUCK_COMPLETION);
        assertThat(second.tasksChecked()).isPositive();

        assertThat(reconciliation.latest(users.get("thinker"))).isEmpty();
        assertThat(reconciliation.latest(users.get("pooladmin"))).get().extracting(r -> r.drifts().size())
                .isEqualTo(second.drifts().size());

        signInAndOpen("pooladmin", "board");
        assertThat(_get(PoolBoardView.class).getElement().getTextRecursively())
                .contains("disagree about", Drift.Kind.CASE_WITHOUT_PROCESS.label() + " (" + cancelledRef + ")");

        // Put right what the test broke, so other tests on the shared stack see agreement.
        jdbc.sql("update work_item set state = 'WITHDRAWN' where case_id in (:ids) and state in ('OPEN', 'COMPLETING')")
                .param("ids", List.of(duplicated.value(), cancelled.value(), completing.value())).update();
        jdbc.sql("update relationship_case set stage = 'CLOSED', closed_at = now() where id = :id")
                .param("id", cancelled.value()).update();
    }

    /**
     * An early end or a concern stored here must have been heard by the engine once its command
     * went: a "decide after an early end" task after it, a task for the safeguarding lead. Rows
     * written straight to the database stand for commands the engine took and then lost.
     */
    @Test
    void anEarlyEndOrConcernTheEngineNeverActedOnIsReportedAndOneItHeardIsNot() {
        String coach = pool.coach();
        CaseId heard = journey.toSessions(coach);
        CaseId lost = journey.toSessions(coach);
        sessions.endEarly(heard, users.get("thinker"), "Not the right time");
        journey.task("pooladmin", heard, RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END);
        // Made ten minutes ago, as far as the comparison can tell: the task came after it.
        jdbc.sql("update early_end set requested_at = now() - interval '10 minutes' where case_id = :id")
                .param("id", heard.value()).update();
        var lostEnd = UUID.randomUUID();
        jdbc.sql("""
                        insert into early_end (id, case_id, requested_by, reason, requested_at)
                        select :id, c.id, c.thinker_id, 'sealed', now() - interval '10 minutes'
                        from relationship_case c where c.id = :caseId
                        """)
                .param("id", lostEnd).param("caseId", lost.value()).update();
        var lostConcern = UUID.randomUUID();
        jdbc.sql("""
                        insert into safeguarding_concern (id, case_id, raised_by, lead_id, risk, thinker_told,
                            what_happened, raised_at)
                        select :id, c.id, c.coach_id, c.coach_id, 'HARM_TO_THINKER', 'YES', 'sealed',
                            now() - interval '10 minutes'
                        from relationship_case c where c.id = :caseId
                        """)
                .param("id", lostConcern).param("caseId", lost.value()).update();
        String heardRef = cases.find(heard).orElseThrow().reference();
        String lostRef = cases.find(lost).orElseThrow().reference();

        reconciliation.run();
        var second = reconciliation.run();

        assertThat(on(second, heardRef)).isEmpty();
        assertThat(on(second, lostRef)).extracting(Drift::kind, Drift::key).containsExactlyInAnyOrder(
                Tuple.tuple(Drift.Kind.EARLY_END_NOT_HEARD, lostEnd.toString()),
                Tuple.tuple(Drift.Kind.CONCERN_NOT_HEARD, lostConcern.toString()));

        jdbc.sql("delete from safeguarding_concern where id = :id").param("id", lostConcern).update();
        jdbc.sql("delete from early_end where id = :id").param("id", lostEnd).update();
    }
}
