package org.coachingpool.request;

import org.coachingpool.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.embedded.EmbeddedEngine;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.CompletionSender;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The thin slice on the embedded stack: request, case and process, sponsor's task, triage. */
class RequestToEndorsementTest extends EmbeddedStackTest {

    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Worklist worklist;
    @Autowired CompletionSender completions;
    @Autowired Cases cases;
    @Autowired TestUsers users;
    @Autowired EmbeddedEngine engine;
    @Autowired CamundaClient client;
    @Autowired JdbcClient jdbc;

    CurrentUser thinker;
    CurrentUser sponsor;
    CurrentUser poolAdmin;

    @BeforeEach
    void people() {
        thinker = users.get("thinker");
        sponsor = users.get("sponsor");
        poolAdmin = users.get("pooladmin");
    }

    @Test
    void anEndorsedRequestMovesToTriageForThePoolAdmins() {
        CaseId id = submit("I want to lead my team through the restructure with confidence");

        CaseSummary started = awaitStage(id, Stage.ENDORSEMENT);
        assertThat(started.processInstanceKey()).isNotNull();
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");
        assertThat(endorse.assignee()).isEqualTo("sponsor");
        assertThat(endorse.dueAt()).as("due when the sponsor would be reminded (pool settings)")
                .isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(60)));
        assertThat(worklist.inbox(poolAdmin)).noneMatch(item -> id.equals(item.caseId()));

        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, true, "New to managing", null));

        assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.COMPLETED);
        assertThat(worklist.inbox(sponsor)).noneMatch(item -> item.id().equals(endorse.id()));
        awaitStage(id, Stage.TRIAGE);
        WorkItem triage = awaitItem(poolAdmin, id, "Triage request");
        assertThat(triage.candidateGroups()).containsExactly("pool-admins");
        assertThat(jdbc.sql("select decision from endorsement where case_id = :id").param("id", id.value())
                .query(String.class).single()).isEqualTo("ENDORSED");
    }

    @Test
    void aSecondCompletionOfTheSameTaskIsRefusedAndChangesNothing() {
        CaseId id = submit("Prepare for a new role");
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");
        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, false, null, null));

        assertThatThrownBy(() -> endorsements.decide(endorse.id(), sponsor,
                new EndorsementDecision(false, false, null, "changed my mind")))
                .isInstanceOf(WorkItemUnavailableException.class)
                .hasMessageContaining("already been completed");
        assertThat(jdbc.sql("select count(*) from endorsement where case_id = :id").param("id", id.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void submittingTheSameFormTwiceOpensOneCase() {
        UUID token = UUID.randomUUID();
        var request = new NewRequest(KindWanted.MENTORING, Set.of(DevelopmentArea.CAREER), "Plan my next step",
                sponsor.id());
        CaseId first = requests.submit(thinker, request, token);
        CaseId second = requests.submit(thinker, request, token);

        assertThat(second).isEqualTo(first);
        awaitItem(sponsor, first, "Endorse request");
        assertThat(worklist.ofCase(first)).hasSize(1);
    }

    @Test
    void aDeclineNeedsAReasonAndLosesNothingWhenItIsMissing() {
        CaseId id = submit("Build confidence presenting to the board");
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");

        assertThatThrownBy(() -> endorsements.decide(endorse.id(), sponsor,
                new EndorsementDecision(false, false, null, "  ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("why");
        assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.OPEN);

        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(false, false, null, "Team restructure"));
        assertThat(awaitStage(id, Stage.DECLINED).stage()).isEqualTo(Stage.DECLINED);
    }

    @Test
    void onlyTheNamedSponsorCanActOnTheEndorsement() {
        CaseId id = submit("Return to work after a long absence");
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");

        assertThatThrownBy(() -> endorsements.decide(endorse.id(), poolAdmin,
                new EndorsementDecision(true, true, null, null)))
                .isInstanceOf(WorkItemUnavailableException.class);
        assertThatThrownBy(() -> endorsements.caseFor(endorse.id(), thinker))
                .isInstanceOf(WorkItemUnavailableException.class);
        assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.OPEN);
    }

    @Test
    void aTaskTheProcessNoLongerWaitsForIsWithdrawnWithAClearMessage() {
        CaseId id = submit("Handle a complex challenge");
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");
        long instance = cases.find(id).orElseThrow().processInstanceKey();
        client.newCancelInstanceCommand(instance).send().join();

        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, true, null, null));

        assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.WITHDRAWN);
        assertThatThrownBy(() -> endorsements.decide(endorse.id(), sponsor,
                new EndorsementDecision(true, true, null, null)))
                .isInstanceOf(WorkItemUnavailableException.class)
                .hasMessageContaining("withdrawn");
    }

    @Test
    void aStoredCompletionTheEngineMissedIsSentAgain() {
        CaseId id = submit("Lead change in my service");
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");
        // As if the engine was out of reach when the sponsor submitted: the result is stored, not sent.
        jdbc.sql("""
                        update work_item set state = 'COMPLETING', completed_by = 'sponsor',
                            completed_at = now() - interval '1 hour', result = '{"endorsement":"ENDORSED"}'
                        where id = :id
                        """)
                .param("id", endorse.id().value()).update();

        completions.resendCompletionsStoredBefore(Instant.now().minusSeconds(1));

        assertThat(worklist.stateOf(endorse.id())).isEqualTo(WorkItemState.COMPLETED);
        awaitStage(id, Stage.TRIAGE);
    }

    @Test
    void whatTheThinkerWroteNeverReachesTheEngine() {
        String goals = "Confidential goal " + UUID.randomUUID();
        String context = "Sponsor context " + UUID.randomUUID();
        CaseId id = submit(goals);
        WorkItem endorse = awaitItem(sponsor, id, "Endorse request");
        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, true, context, null));
        awaitItem(poolAdmin, id, "Triage request");

        var everyRecord = new StringBuilder();
        engine.records().getRecords().forEach(record -> everyRecord.append(record.toJson()).append('\n'));
        assertThat(everyRecord).contains(id.toString()).doesNotContain(goals).doesNotContain(context);
    }

    @Test
    void requestsWithMissingAnswersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> requests.submit(thinker,
                new NewRequest(KindWanted.COACHING, Set.of(), "goals", sponsor.id()), UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("developmentAreas"));
        assertThatThrownBy(() -> requests.submit(thinker,
                new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CAREER), "goals", thinker.id()),
                UUID.randomUUID()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("sponsor"));
        assertThatThrownBy(() -> requests.submit(sponsor,
                new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CAREER), "goals", sponsor.id()),
                UUID.randomUUID()))
                .isInstanceOf(NotAllowedException.class);
    }

    private CaseId submit(String goals) {
        return requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.LEADERSHIP), goals,
                sponsor.id()), UUID.randomUUID());
    }

    private CaseSummary awaitStage(CaseId id, Stage stage) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(id),
                found -> found.isPresent() && found.get().stage() == stage).orElseThrow();
    }

    private WorkItem awaitItem(CurrentUser user, CaseId id, String title) {
        Optional<WorkItem> item = await().atMost(Duration.ofSeconds(20)).until(
                () -> worklist.inbox(user).stream()
                        .filter(i -> id.equals(i.caseId()) && title.equals(i.title())).findFirst(),
                Optional::isPresent);
        return item.orElseThrow();
    }
}
