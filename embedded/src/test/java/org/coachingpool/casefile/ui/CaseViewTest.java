package org.coachingpool.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page shows each role exactly its share; a guessed id shows nothing. */
class CaseViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Sessions sessions;

    CaseId id;
    String coachName;
    String notes;
    String actions;

    @BeforeEach
    void aRelationshipWithOneSession() {
        id = journey.toSessions(coachName = pool.coach());
        notes = "Notes only the coach reads " + UUID.randomUUID();
        actions = "Actions for the thinker " + UUID.randomUUID();
        var item = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        sessions.log(item.id(), users.get(coachName), new SessionEntry(LocalDate.now(), 60,
                SessionEntry.Modality.VIRTUAL, notes, actions));
    }

    @Test
    void theCoachSeesTheirNotesAndTheThinkerTheActions() {
        assertThat(page(coachName)).anyMatch(line -> line.contains(notes)).anyMatch(line -> line.contains(actions));
        assertThat(page("thinker")).noneMatch(line -> line.contains(notes)).anyMatch(line -> line.contains(actions));
    }

    @Test
    void theSponsorAndThePoolAdminsSeeDatesAndOutcomesButNoSessionContent() {
        for (String user : List.of("sponsor", "pooladmin")) {
            List<String> lines = page(user);
            assertThat(lines).as(user).anyMatch(line -> line.contains("60 minutes"))
                    .anyMatch(line -> line.contains("Intended outcomes"))
                    .noneMatch(line -> line.contains(notes)).noneMatch(line -> line.contains(actions));
        }
    }

    @Test
    void theSponsorAndTheThinkerSeeAPlainTimelineNotTheProcessDiagram() {
        for (String user : List.of("sponsor", "thinker")) {
            signInAndOpen(user, "cases/" + id);
            assertThat(_find(ProcessDiagram.class)).as(user).isEmpty();
            var now = _get(CaseTimeline.class).getChildren()
                    .filter(c -> "step".equals(c.getElement().getAttribute("aria-current"))).toList();
            assertThat(now).hasSize(1);
            assertThat(now.getFirst().getElement().getTextRecursively()).startsWith("Sessions").endsWith("Now");
        }
    }

    @Test
    void thePoolTeamSeesTheProcessDiagramWithTheCurrentStepAndATextAlternative() {
        signInAndOpen("pooladmin", "cases/" + id);
        var diagram = _get(ProcessDiagram.class);
        assertThat(diagram.getElement().getProperty("current")).isEqualTo("hold-sessions");
        assertThat(diagram.getElement().getProperty("xml")).contains("<bpmn:definitions");
        assertThat(diagram.getElement().getProperty("label")).contains("Current step: Hold sessions.");
        assertThat(_find(Paragraph.class)).extracting(p -> p.getText())
                .contains("Current step: Hold sessions.");
    }

    @Test
    void someoneOutsideTheCaseSeesNothingEvenWithItsAddress() {
        signInAndOpen("coach2", "cases/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(_find(ProcessDiagram.class)).isEmpty();
    }

    @Test
    void theThinkerEndsTheRelationshipEarlyFromTheCasePageAndThePoolAdminDecides() {
        signInAndOpen("sponsor", "cases/" + id);
        assertThat(_find(Button.class, spec -> spec.withText(
                "End this relationship early"))).as("the sponsor cannot end it").isEmpty();

        signInAndOpen("thinker", "cases/" + id);
        var end = _get(Button.class, spec -> spec.withText("End this relationship early"));
        LocatorJ._click(end);
        var reason = _get(TextArea.class);
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();

        LocatorJ._setValue(reason, "We are not a good fit after all");
        LocatorJ._click(end);
        var decide = journey.task("pooladmin", id, "decide-after-early-end");

        // The pool admin who decides what happens next reads the reason; the sponsor never does.
        signInAndOpen("pooladmin", "tasks/" + decide.formKey() + "/" + decide.id());
        assertThat(_find(Paragraph.class).stream().map(p -> p.getText()))
                .anyMatch(t -> t.contains("We are not a good fit after all") && t.startsWith("Priya Shah ended it on"));
        signInAndOpen("sponsor", "cases/" + id);
        assertThat(_get(CaseView.class).getElement().getTextRecursively()).doesNotContain("not a good fit");
    }

    @Test
    void onlyPoolAdminsOpenTheBoard() {
        assertThatThrownBy(() -> signInAndOpen("sponsor", "board")).isInstanceOf(MockAccessDeniedException.class);
        signInAndOpen("pooladmin", "board");
        var board = _get(PoolBoardView.class);
        assertThat(board.grid.getListDataView().getItems()).anyMatch(c -> c.id().equals(id));
    }

    private List<String> page(String user) {
        signInAndOpen(user, "cases/" + id);
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }
}
