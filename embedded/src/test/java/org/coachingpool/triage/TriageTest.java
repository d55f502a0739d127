package org.coachingpool.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.cases.Stage;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class TriageTest extends EmbeddedStackTest {

    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Worklist worklist;
    @Autowired Triage triage;
    @Autowired Cases cases;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void theProposalComesFromTheDecisionTableAndAnOverrideNeedsAReason() {
        CurrentUser admin = users.get("pooladmin");
        var item = endorsedRequest(KindWanted.COACHING);
        assertThat(triage.proposal(item.id(), admin)).isEqualTo("COACHING");

        assertThatThrownBy(() -> triage.decide(item.id(), admin, TriageDecision.MENTORING, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.getMessage()).contains("coaching");
                });
        assertThat(worklist.stateOf(item.id())).isEqualTo(WorkItemState.OPEN);

        triage.decide(item.id(), admin, TriageDecision.MENTORING, "Wants a mentor from finance", null);
        assertThat(jdbc.sql("select reason from triage_decision where work_item_id = :id").param("id", item.id().value())
                .query(String.class).single()).isEqualTo("Wants a mentor from finance");
        awaitStage(item.caseId(), Stage.MATCHING);
    }

    @Test
    void confirmingTheProposalNeedsNoReason() {
        CurrentUser admin = users.get("pooladmin");
        var item = endorsedRequest(KindWanted.MENTORING);
        triage.decide(item.id(), admin, TriageDecision.MENTORING, null, null);
        awaitStage(item.caseId(), Stage.MATCHING);
    }

    @Test
    void signpostingNeedsGuidanceAndEndsTheCase() {
        CurrentUser admin = users.get("pooladmin");
        var item = endorsedRequest(KindWanted.NOT_SURE);
        assertThat(triage.proposal(item.id(), admin)).isEqualTo("CONVERSATION");
        assertThatThrownBy(() -> triage.decide(item.id(), admin, TriageDecision.SIGNPOST, "After our call", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("guidance"));

        triage.decide(item.id(), admin, TriageDecision.SIGNPOST, "After our call", "The EAP offers counselling");
        awaitStage(item.caseId(), Stage.SIGNPOSTED);
    }

    @Test
    void onlyPoolAdminsTriage() {
        var item = endorsedRequest(KindWanted.COACHING);
        assertThatThrownBy(() -> triage.decide(item.id(), users.get("coach1"), TriageDecision.COACHING, null, null))
                .isInstanceOf(WorkItemUnavailableException.class);
    }

    private WorkItem endorsedRequest(KindWanted kind) {
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        CurrentUser admin = users.get("pooladmin");
        CaseId id = requests.submit(thinker, new NewRequest(kind, Set.of(DevelopmentArea.CAREER), "Next steps",
                sponsor.id()), UUID.randomUUID());
        WorkItem endorse = awaitTask(sponsor, id, RelationshipProcess.TASK_ENDORSE);
        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, true, null, null));
        return awaitTask(admin, id, RelationshipProcess.TASK_TRIAGE);
    }

    private WorkItem awaitTask(CurrentUser user, CaseId id, String elementId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(user).stream()
                .filter(i -> id.equals(i.caseId()) && i.elementId().equals(elementId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private void awaitStage(CaseId id, Stage stage) {
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(id).map(c -> c.stage() == stage).orElse(false));
    }
}
