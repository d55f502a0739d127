package org.coachingpool.forms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TaskFormViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Worklist worklist;
    @Autowired TaskForms forms;

    /** Issue 28: a concern sends the contract back; the coach's page says whose and what, terms filled in. */
    @Test
    void theCoachSeesTheConcernAndStartsFromTheirLastTerms() {
        String coach = pool.coach();
        var id = journey.toChemistry(coach);
        journey.answer(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY, Map.of("chemistry", "GO"));
        journey.answer("thinker", id, RelationshipProcess.TASK_THINKER_CHEMISTRY, Map.of("chemistry", "GO"));
        journey.answer(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT, Map.of("outcomes",
                "Chair meetings well", "reviewMethod", "Outcomes only", "cadence", "Monthly", "plannedSessions", "3",
                "sponsorInvolvement", "FULL", "reviewDate", LocalDate.now().plusMonths(3).toString()));
        var confirm = journey.task("thinker", id, RelationshipProcess.TASK_THINKER_CONFIRMS);
        signInAndOpen("thinker", "tasks/" + confirm.formKey() + "/" + confirm.id());
        assertThat(_get(TaskFormView.class).getElement().getTextRecursively())
                .contains("This contract is between Priya Shah (the thinker), ", " and Tom Bennett (their sponsor).");
        journey.answer("thinker", id, RelationshipProcess.TASK_THINKER_CONFIRMS,
                Map.of("thinkerContract", "CONCERN", "comment", "Three sessions are too few"));
        journey.answer("sponsor", id, RelationshipProcess.TASK_SPONSOR_CONFIRMS,
                Map.of("sponsorContract", "AGREE"));

        var again = journey.task(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT);
        signInAndOpen(coach, "tasks/" + again.formKey() + "/" + again.id());
        TaskFormView view = _get(TaskFormView.class);
        assertThat(view.getElement().getTextRecursively()).contains("A concern about the contract",
                "Priya Shah did not agree to the contract as it was: \u201cThree sessions are too few\u201d");
        assertThat(view.inputs.get("outcomes").getValue()).isEqualTo("Chair meetings well");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfferFormAsksForAReasonOnlyWhenDecliningAndKeepsADraft() {
        String mentor = pool.mentor();
        WorkItem offer = offerFor(mentor);
        signInAndOpen(mentor, "tasks/offer-response/" + offer.id());
        TaskFormView view = _get(TaskFormView.class);
        var answer = (RadioButtonGroup<String>) view.inputs.get("offerResponse");
        var reason = (TextArea) view.inputs.get("declineReason");

        _setValue(answer, "DECLINED");
        _click(view.submit);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say briefly why not.");
        assertThat(view.errors.isVisible()).as("the error summary").isTrue();
        assertThat(worklist.stateOf(offer.id())).isEqualTo(WorkItemState.OPEN);

        _setValue(reason, "Away for two months");
        _click(view.saveDraft);
        signInAndOpen(mentor, "tasks/offer-response/" + offer.id());
        TaskFormView reopened = _get(TaskFormView.class);
        assertThat(reopened.inputs.get("declineReason").getValue()).isEqualTo("Away for two months");
        assertThat(reopened.inputs.get("offerResponse").getValue()).isEqualTo("DECLINED");

        _setValue((RadioButtonGroup<String>) reopened.inputs.get("offerResponse"), "ACCEPTED");
        _click(reopened.submit);
        assertThat(worklist.stateOf(offer.id())).isEqualTo(WorkItemState.COMPLETED);

        // Opened again once done: the browser tab says what the page says, not just "Task".
        signInAndOpen(mentor, "tasks/offer-response/" + offer.id());
        TaskFormView done = _get(TaskFormView.class);
        assertThat(done.getPageTitle()).isEqualTo(_get(H1.class).getText() + " | Coaching Pool")
                .doesNotStartWith("Task |");
    }

    @Test
    void someoneElsesTaskShowsNothingOfIt() {
        WorkItem offer = offerFor(pool.mentor());
        signInAndOpen("coach2", "tasks/offer-response/" + offer.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Task not available");
        assertThat(_get(TaskFormView.class).getPageTitle()).isEqualTo("Task not available | Coaching Pool");
    }

    private WorkItem offerFor(String coachName) {
        return journey.task(coachName, journey.toOffer(coachName, KindWanted.MENTORING), RelationshipProcess.TASK_OFFER);
    }

    @Test
    void aCoachAskedToTakeACaseOnSeesTheRequestButNotTheReadinessAnswers() {
        String mentor = pool.mentor();
        WorkItem offer = offerFor(mentor);
        signInAndOpen(mentor, "tasks/offer-response/" + offer.id());
        String panel = _get(RequestPanel.class).getElement().getTextRecursively();
        assertThat(panel).contains("To develop").contains("Goals, in their words").doesNotContain("Managing at the moment")
                .doesNotContain("Formal capability");
    }

    @Test
    void theFirstConversationNamesTheOtherPersonAndTheCoachSeesTheRequestWithoutReadiness() {
        String coach = pool.coach();
        var id = journey.toChemistry(coach);
        var coachTask = journey.task(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY);
        signInAndOpen(coach, "tasks/" + coachTask.formKey() + "/" + coachTask.id());
        assertThat(_find(Paragraph.class).stream().map(p -> p.getText()))
                .anyMatch(t -> t.startsWith("Your first conversation is with Priya Shah."));
        // Issue 28: the task leads to where the conversation is arranged.
        assertThat(_get(Anchor.class, spec -> spec.withText("Arrange the first conversation"))
                .getHref()).isEqualTo(Meetings.page(id));
        assertThat(_get(RequestPanel.class).getElement().getTextRecursively())
                .contains("Goals, in their words").doesNotContain("Managing at the moment");

        var thinkerTask = journey.task("thinker", id, RelationshipProcess.TASK_THINKER_CHEMISTRY);
        signInAndOpen("thinker", "tasks/" + thinkerTask.formKey() + "/" + thinkerTask.id());
        String coachName = users.get(coach).displayName();
        assertThat(_find(Paragraph.class).stream().map(p -> p.getText()))
                .anyMatch(t -> t.startsWith("Your first conversation is with " + coachName + "."));
        assertThat(_get(Anchor.class,
                spec -> spec.withText("See when the first conversation is")).getHref())
                .isEqualTo(Meetings.page(id));
    }
}
