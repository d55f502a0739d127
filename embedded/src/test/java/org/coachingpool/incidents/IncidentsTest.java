package org.coachingpool.incidents;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.casefile.ui.PoolBoardView;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.RequestProgress;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case that cannot move is never silent: an incident in a process of the case (a decision
 * that does not exist, a job out of retries) reaches the pool board and the case page with the
 * step, the time and the engine's message; a pool admin retries once the cause is fixed and the
 * case moves on. The people in the case see only that there is a delay.
 */
class IncidentsTest extends ViewTest {

    @Autowired Incidents incidents;
    @Autowired CamundaClient client;
    @Autowired CaseJourney journey;
    @Autowired Requests requests;

    @Test
    void anIncidentIsShownToPoolAdminsWithItsStepAndMessageAndARetryMovesTheCaseOn() {
        CaseId caseId = journey.toEndorsement();
        client.newDeployResourceCommand().addResourceFromClasspath("incidents/incident-probe.bpmn").send().join();
        long instance = client.newCreateInstanceCommand().bpmnProcessId("incident-probe").latestVersion()
                .variables(Map.of("caseId", caseId.toString())).send().join().getProcessInstanceKey();

        CaseProblem decision = awaitProblem(caseId, "probe-decision");
        assertThat(decision.kind()).isEqualTo(CaseProblem.Kind.ENGINE_INCIDENT);
        assertThat(decision.message()).contains("incident-probe-settings");
        assertThat(decision.summary()).startsWith("Stopped at");
        assertThat(incidents.isDelayed(caseId)).isTrue();
        assertThat(requests.progress(caseId, users.get("thinker"))).as("what the thinker is told")
                .isEqualTo(RequestProgress.DELAYED);

        signInAndOpen("pooladmin", "board");
        var board = _get(PoolBoardView.class);
        assertThat(text(board)).contains("stopped by an error");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only cases that need attention")), true);
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems()).extracting(CaseSummary::id).contains(caseId);

        signInAndOpen("pooladmin", "cases/" + caseId);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("This case has stopped");
        assertThat(text(_get(VerticalLayout.class,
                spec -> spec.withClasses("case-problem")))).contains("incident-probe-settings").contains("Since:");

        signInAndOpen("thinker", "cases/" + caseId);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("There is a delay with this case"))
                .noneMatch(t -> t.contains("incident-probe-settings"));
        assertThat(_find(Button.class, spec -> spec.withText("Try again"))).isEmpty();
        CurrentUser thinker = users.get("thinker");
        assertThatThrownBy(() -> incidents.retry(decision.id(), thinker)).isInstanceOf(NotAllowedException.class);
        assertThat(incidents.openFor(caseId, thinker)).isEmpty();

        // The cause fixed: the decision now exists. The admin tries again from the case page.
        client.newDeployResourceCommand().addResourceFromClasspath("incidents/incident-probe-settings.dmn").send().join();
        signInAndOpen("pooladmin", "cases/" + caseId);
        _click(_get(Button.class, spec -> spec.withText("Try again")));

        // The decision passes; the job after it fails for good and stops the case again.
        ActivatedJob job = await().atMost(Duration.ofSeconds(20)).until(() -> client.newActivateJobsCommand()
                .jobType("incident-probe-job").maxJobsToActivate(1).send().join().getJobs(), jobs -> !jobs.isEmpty())
                .getFirst();
        client.newFailCommand(job).retries(0).errorMessage("the probe's service is down").send().join();
        CaseProblem outOfRetries = awaitProblem(caseId, "probe-job");
        assertThat(outOfRetries.message()).contains("the probe's service is down");
        assertThat(incidents.openFor(caseId, users.get("pooladmin"))).extracting(CaseProblem::id)
                .doesNotContain(decision.id());

        incidents.retry(outOfRetries.id(), users.get("pooladmin"));
        ActivatedJob again = await().atMost(Duration.ofSeconds(20)).until(() -> client.newActivateJobsCommand()
                .jobType("incident-probe-job").maxJobsToActivate(1).send().join().getJobs(), jobs -> !jobs.isEmpty())
                .getFirst();
        assertThat(again.getProcessInstanceKey()).isEqualTo(instance);
        client.newCompleteCommand(again).send().join();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            incidents.sync();
            assertThat(incidents.isDelayed(caseId)).isFalse();
        });
    }

    /**
     * Issue 28: a table deployed with a value the process cannot use (here around the app's
     * checks, as an older or outside deploy would be) stops each new case at "Endorse request".
     * Once the table is put right, the pool team works it out again for the stopped case from the
     * case page: the case gets the new values, what it had is kept, and the case moves on.
     */
    @Test
    void aCaseStoppedByABadTableValueMovesOnOnceTheTableIsWorkedOutAgain() throws Exception {
        String good = new String(getClass().getResourceAsStream("/processes/pool-settings.dmn").readAllBytes(),
                StandardCharsets.UTF_8);
        String reminder = "<outputEntry id=\"rule-default-reminder\"><text>\"P5D\"</text></outputEntry>";
        assertThat(good).contains(reminder);
        String bad = good.replace(reminder, reminder.replace("\"P5D\"", "P2D"));
        client.newDeployResourceCommand().addResourceBytes(bad.getBytes(StandardCharsets.UTF_8),
                "pool-settings.dmn").send().join();
        CaseId caseId;
        try {
            caseId = requests.submit(users.get("thinker"), new NewRequest(
                    KindWanted.COACHING,
                    Set.of(DevelopmentArea.LEADERSHIP), "Grow as a leader",
                    users.get("sponsor").id()), UUID.randomUUID());
            CaseId submitted = caseId;
            CaseProblem stopped = await().atMost(Duration.ofSeconds(20)).until(() -> {
                incidents.sync();
                return incidents.openFor(submitted, users.get("pooladmin")).stream().findFirst();
            }, Optional::isPresent).orElseThrow();
            assertThat(stopped.step()).isEqualTo("Endorse request");
            assertThat(stopped.message()).contains("sponsorReminderAfter");
            assertThat(incidents.decisionBehind(stopped.id(), users.get("thinker"))).isEmpty();
            assertThat(incidents.decisionBehind(stopped.id(), users.get("pooladmin")))
                    .hasValueSatisfying(d -> assertThat(d.decisionName()).isEqualTo("Pool settings"));
        } finally {
            // The table put right: the live version is the shipped file again, byte for byte, so that
            // a later deploy of the shipped files finds nothing changed.
            client.newDeployResourceCommand().addResourceBytes(good.getBytes(StandardCharsets.UTF_8),
                    "pool-settings.dmn").send().join();
        }
        CaseProblem stopped = incidents.openFor(caseId, users.get("pooladmin")).getFirst();
        signInAndOpen("pooladmin", "cases/" + caseId);
        _click(_get(Button.class, spec -> spec.withText("Work out \u201cPool settings\u201d again and try again")));

        journey.task("sponsor", caseId, RelationshipProcess.TASK_ENDORSE);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            incidents.sync();
            assertThat(incidents.isDelayed(caseId)).isFalse();
        });
        assertThat(jdbc.sql("select correction from case_problem where id = :id").param("id", stopped.id().value())
                .query(String.class).single()).contains("'Pool settings' worked out again", "\"sponsorReminderAfter\":\"P5D\"",
                        "Before, the engine said:", "sponsorReminderAfter");
        assertThat(jdbc.sql("select detail from audit_event where action = 'ADMIN_CHANGE' order by seq desc limit 1")
                .query(String.class).single()).contains("'Pool settings' worked out again");
    }

    @Autowired JdbcClient jdbc;

    @Test
    void aCaseWhoseProcessDidNotStartIsFlaggedUntilItStarts() {
        CaseId caseId = journey.toEndorsement();
        incidents.processDidNotStart(caseId, "StatusRuntimeException: UNAVAILABLE: io exception");
        incidents.processDidNotStart(caseId, "StatusRuntimeException: UNAVAILABLE: io exception");
        CurrentUser admin = users.get("pooladmin");
        var problems = incidents.openFor(caseId, admin);
        assertThat(problems).hasSize(1).first().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(CaseProblem.Kind.NOT_STARTED);
            assertThat(p.summary()).isEqualTo("Process did not start");
        });

        signInAndOpen("pooladmin", "cases/" + caseId);
        assertThat(text(_get(VerticalLayout.class,
                spec -> spec.withClasses("case-problem")))).contains("did not start").contains("UNAVAILABLE");

        // This case did reach the engine, so trying again finds it started and clears the flag.
        incidents.retry(problems.getFirst().id(), admin);
        assertThat(incidents.isDelayed(caseId)).isFalse();
        assertThatThrownBy(() -> incidents.retry(problems.getFirst().id(), admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already been resolved");
    }

    private CaseProblem awaitProblem(CaseId caseId, String elementStep) {
        CurrentUser admin = users.get("pooladmin");
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            incidents.sync();
            return incidents.openFor(caseId, admin).stream().filter(p -> p.step().equals(elementStep)
                    || p.step().equals(elementStep.equals("probe-job") ? "Probe job" : "Look up probe settings"))
                    .findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively() + component.getChildren().map(IncidentsTest::text)
                .collect(Collectors.joining(" "));
    }
}
