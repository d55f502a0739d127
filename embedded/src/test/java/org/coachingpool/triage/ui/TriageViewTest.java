package org.coachingpool.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Preferences;
import org.coachingpool.request.ReadinessAnswers;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.request.Requests;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TriageViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired Worklist worklist;
    @Autowired Requests requests;
    @Autowired Endorsements endorsements;

    @Test
    void thePoolAdminSeesTheProposalAndMustGiveAReasonToOverrideIt() {
        CaseId id = journey.toTriage(KindWanted.COACHING);
        var item = journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);
        signInAndOpen("pooladmin", "tasks/triage-request/" + item.id());
        TriageView view = _get(TriageView.class);
        assertThat(view.getElement().getTextRecursively()).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("triage-proposal")).getText())
                .startsWith("The triage table proposes coaching. They asked for coaching");
        String panel = _get(RequestPanel.class).getElement().getTextRecursively();
        assertThat(panel).contains("Grow as a leader").contains("Managing at the moment")
                .contains("supports it and will protect time");

        _setValue(view.decision, TriageDecision.MENTORING);
        _click(view.decide);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(worklist.stateOf(item.id())).isEqualTo(WorkItemState.OPEN);

        _setValue(view.reason, "Asked for someone who has done the job");
        _click(view.decide);
        assertThat(worklist.stateOf(item.id())).isEqualTo(WorkItemState.COMPLETED);
    }

    @Test
    void someoneStrugglingALotIsProposedOtherSupportFirstAndTheScreenSaysWhy() {
        var thinker = users.get("thinker");
        var sponsor = users.get("sponsor");
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CONFIDENCE),
                "Get back on my feet", sponsor.id(), Preferences.either(), new ReadinessAnswers(
                        ReadinessAnswers.FormalProcess.NO, ReadinessAnswers.Choosing.YES,
                        ReadinessAnswers.Wellbeing.STRUGGLING)), UUID.randomUUID());
        endorsements.decide(journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, false, null, null));
        var item = journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);

        signInAndOpen("pooladmin", "tasks/triage-request/" + item.id());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("triage-proposal")).getText())
                .isEqualTo("The triage table proposes signposting to other support. They said they are struggling a "
                        + "lot at the moment, so other support may help more first.");

        // Sponsors never see a request's readiness answers or goals.
        assertThat(requests.details(id, sponsor)).isEmpty();
    }
}
