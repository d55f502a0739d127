package org.coachingpool.forms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.support.ViewTest;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskFormViewTest extends ViewTest {

    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Triage triage;
    @Autowired Worklist worklist;
    @Autowired TaskForms forms;

    @Test
    @SuppressWarnings("unchecked")
    void theOfferFormAsksForAReasonOnlyWhenDecliningAndKeepsADraft() {
        WorkItem offer = offerFor("coach3");
        signInAndOpen("coach3", "tasks/offer-response/" + offer.id());
        TaskFormView view = _get(TaskFormView.class);
        var answer = (RadioButtonGroup<String>) view.inputs.get("offerResponse");
        var reason = (TextArea) view.inputs.get("declineReason");

        _setValue(answer, "DECLINED");
        _click(view.submit);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(worklist.stateOf(offer.id())).isEqualTo(WorkItemState.OPEN);

        _setValue(reason, "Away for two months");
        _click(view.saveDraft);
        signInAndOpen("coach3", "tasks/offer-response/" + offer.id());
        TaskFormView reopened = _get(TaskFormView.class);
        assertThat(reopened.inputs.get("declineReason").getValue()).isEqualTo("Away for two months");
        assertThat(reopened.inputs.get("offerResponse").getValue()).isEqualTo("DECLINED");

        _setValue((RadioButtonGroup<String>) reopened.inputs.get("offerResponse"), "ACCEPTED");
        _click(reopened.submit);
        assertThat(worklist.stateOf(offer.id())).isEqualTo(WorkItemState.COMPLETED);
    }

    @Test
    void someoneElsesTaskShowsNothingOfIt() {
        WorkItem offer = offerFor("coach1");
        signInAndOpen("coach2", "tasks/offer-response/" + offer.id());
        assertThat(_get(H2.class).getText()).isEqualTo("Task not available");
    }

    private WorkItem offerFor(String coachName) {
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        CurrentUser admin = users.get("pooladmin");
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.MENTORING, Set.of(DevelopmentArea.CAREER),
                "Career", sponsor.id()), UUID.randomUUID());
        endorsements.decide(awaitTask(sponsor, id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));
        triage.decide(awaitTask(admin, id, RelationshipProcess.TASK_TRIAGE).id(), admin, TriageDecision.MENTORING,
                null, null);
        worklist.complete(awaitTask(admin, id, RelationshipProcess.TASK_CHOOSE_MATCH).id(),
                RelationshipProcess.TASK_CHOOSE_MATCH, admin, Map.of("matchMode", "OFFER_ONE", "offeredCoach", coachName));
        return awaitTask(users.get(coachName), id, RelationshipProcess.TASK_OFFER);
    }

    private WorkItem awaitTask(CurrentUser user, CaseId id, String elementId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(user).stream()
                .filter(i -> id.value().equals(i.caseId()) && i.elementId().equals(elementId)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }
}
