package org.coachingpool.request.ui;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.MeetingPreference;
import org.coachingpool.request.ReadinessAnswers;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.RequestProgress;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The request form, the sponsor's inbox and the endorsement form, driven through the views. */
class RequestAndEndorseViewTest extends ViewTest {

    @Autowired Requests requests;
    @Autowired Worklist worklist;
    @Autowired JdbcClient jdbc;

    @Test
    void aRequestSentWithNothingFilledInShowsEveryProblemAtOnce() {
        signInAndOpen("thinker", "request");
        var view = _get(RequestView.class);
        int casesBefore = cases();

        _click(view.submit);

        assertThat(view.kind.isInvalid()).isTrue();
        assertThat(view.kind.getErrorMessage()).contains("coaching, mentoring");
        assertThat(view.areas.isInvalid()).isTrue();
        assertThat(view.goals.isInvalid()).isTrue();
        assertThat(view.sponsor.isInvalid()).isTrue();
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(_find(Anchor.class).stream()
                .filter(a -> a.getHref().startsWith("#field-")).map(a -> a.getHref()))
                .as("the summary links to every field")
                .containsExactly("#field-kindWanted", "#field-developmentAreas", "#field-goals", "#field-meeting",
                        "#field-formalProcess", "#field-choosing", "#field-wellbeing", "#field-sponsor");
        assertThat(view.submit.isEnabled()).as("the person can correct and send again").isTrue();
        assertThat(cases()).isEqualTo(casesBefore);
    }

    /** Issue 28: a sponsor name the list does not know is named, not silently emptied. */
    @Test
    void aSponsorNameTheListDoesNotKnowIsNamedAndKept() {
        signInAndOpen("thinker", "request");
        var form = _get(RequestView.class);
        fillIn(form, "Lead my team with more confidence");
        _setValue(form.sponsor, null);
        int casesBefore = cases();

        _fireCustomValueSet(form.sponsor, "Priya Noone");

        assertThat(form.sponsor.isInvalid()).as("said as soon as the field is left").isTrue();
        assertThat(form.sponsor.getErrorMessage()).startsWith("No one called \"Priya Noone\" can sponsor you here")
                .contains("ask the pool team to add them");
        _click(form.submit);
        assertThat(form.sponsor.getErrorMessage()).startsWith("No one called \"Priya Noone\"");
        assertThat(form.errors.getElement().getTextRecursively()).contains("No one called \"Priya Noone\"");
        assertThat(cases()).isEqualTo(casesBefore);

        _fireCustomValueSet(form.sponsor, "Tom");
        assertThat(form.sponsor.getErrorMessage()).isEqualTo(
                "\"Tom\" matches one person in the list: choose them from it.");
    }

    @Test
    void goalsWithAHiddenControlCharacterAreRefusedNamingTheFieldAndNothingIsStored() {
        signInAndOpen("thinker", "request");
        var form = _get(RequestView.class);
        fillIn(form, "Lead my team\u0000 with more confidence");
        int casesBefore = cases();

        _click(form.submit);

        assertThat(form.goals.isInvalid()).isTrue();
        assertThat(form.goals.getErrorMessage()).startsWith("There is a hidden character in your goals");
        assertThat(form.goals.getValue()).as("what they wrote is kept").contains("with more confidence");
        assertThat(form.submit.isEnabled()).isTrue();
        assertThat(cases()).isEqualTo(casesBefore);
    }

    @Test
    void aThinkerSendsARequestAndTheSponsorEndorsesItFromTheInbox() {
        signInAndOpen("thinker", "request");
        var form = _get(RequestView.class);
        fillIn(form, "Lead my team with more confidence");
        _click(form.submit);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("request/sent/");
        var sent = _get(RequestSentView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Request sent");
        // The sponsor is said to be asked only once their task exists.
        var sentCase = new CaseId(UUID.fromString(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .substring("request/sent/".length())));
        CurrentUser thinker = users.get("thinker");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> requests.progress(sentCase, thinker) == RequestProgress.SPONSOR_ASKED);
        sent.show(RequestProgress.SPONSOR_ASKED);
        assertThat(sent.next.getText()).startsWith("Tom Bennett has been asked to support your request");

        CurrentUser sponsor = signInAndOpen("sponsor", "");
        WorkItem item = await().atMost(Duration.ofSeconds(20)).until(
                () -> worklist.inbox(sponsor).stream().filter(i -> i.title().equals("Endorse request")).toList(),
                list -> !list.isEmpty()).getFirst();
        signInAndOpen("sponsor", "");
        @SuppressWarnings("unchecked")
        Grid<WorkItem> grid = _get(Grid.class);
        assertThat(grid.getListDataView().getItems().map(WorkItem::title)).contains("Endorse request");

        UI.getCurrent().navigate("tasks/endorse-request/" + item.id());
        assertThat(_get(H1.class).getText()).startsWith("Endorse request CP-");
        _click(_get(Button.class, spec -> spec.withText("Endorse request")));

        assertThat(worklist.stateOf(item.id())).isEqualTo(WorkItemState.COMPLETED);

        // The back button, a second tab or an old link: the task opens read-only, saying who did it.
        signInAndOpen("sponsor", "tasks/endorse-request/" + item.id());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("This task was done by Tom Bennett on "));
        assertThat(_find(Button.class, spec -> spec.withText("Endorse request"))).isEmpty();
        assertThat(_find(Anchor.class).stream().map(a -> a.getText()))
                .anyMatch(t -> t.startsWith("See case CP-")).contains("Go to your tasks");
    }

    @Test
    void theSponsorSeesNeitherTheGoalsNorSomeoneElsesTask() {
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        String goals = "Private goal " + UUID.randomUUID();
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.MENTORING, Set.of(DevelopmentArea.CAREER), goals,
                sponsor.id()), UUID.randomUUID());
        WorkItem item = await().atMost(Duration.ofSeconds(20)).until(() -> worklist.ofCase(id),
                list -> !list.isEmpty()).getFirst();

        signInAndOpen("sponsor", "tasks/endorse-request/" + item.id());
        List<String> shown = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(shown).isNotEmpty().noneMatch(text -> text.contains(goals));

        signInAndOpen("sponsor", "tasks/endorse-request/" + UUID.randomUUID());
        assertThat(_get(H1.class).getText()).isEqualTo("Task not available");
    }

    @Test
    void aThinkerCannotOpenTheSponsorsForm() {
        assertThatThrownBy(() -> signInAndOpen("thinker", "tasks/endorse-request/" + UUID.randomUUID()))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(EndorseView.class);
    }

    private int cases() {
        return jdbc.sql("select count(*) from relationship_case").query(Integer.class).single();
    }

    /** Fills in every question of the request form, Tom Bennett as sponsor. */
    private static void fillIn(RequestView form, String goals) {
        _setValue(form.kind, KindWanted.COACHING);
        _setValue(form.areas, Set.of(DevelopmentArea.LEADERSHIP));
        _setValue(form.goals, goals);
        _setValue(form.meeting, MeetingPreference.VIRTUAL);
        _setValue(form.formalProcess, ReadinessAnswers.FormalProcess.NO);
        _setValue(form.choosing, ReadinessAnswers.Choosing.YES);
        _setValue(form.wellbeing, ReadinessAnswers.Wellbeing.COPING);
        _setValue(form.sponsor, form.sponsor.getListDataView().getItems()
                .filter(p -> p.username().equals("sponsor")).findFirst().orElseThrow());
    }
}
