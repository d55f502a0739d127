package org.coachingpool.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.SessionRecord;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionLogViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired org.coachingpool.support.TestPool pool;
    @Autowired Sessions sessions;

    @Test
    void theCoachLogsASessionWithAGrowTemplateAndOnlyTheyReadTheNotes() {
        String coachName;
        CaseId id = journey.toSessions(coachName = pool.coach());
        var item = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        signInAndOpen(coachName, "tasks/session-log/" + item.id());
        SessionLogView view = _get(SessionLogView.class);

        _click(_get(Button.class, spec -> spec.withText("Use the GROW template")));
        assertThat(view.notes.getValue()).startsWith("Goal:");
        _setValue(view.minutes, 5);
        _click(view.log);
        assertThat(view.minutes.isInvalid()).isTrue();

        _setValue(view.minutes, 60);
        _setValue(view.modality, SessionEntry.Modality.IN_PERSON);
        _setValue(view.notes, view.notes.getValue() + "Private thoughts");
        _setValue(view.actions, "Draft the team charter");
        _click(view.log);

        assertThat(sessions.forCase(id, users.get(coachName))).extracting(SessionRecord::privateNotes)
                .singleElement().asString().contains("Private thoughts");
        assertThat(sessions.forCase(id, users.get("thinker"))).extracting(SessionRecord::privateNotes).containsOnlyNulls();
        assertThat(sessions.forCase(id, users.get("thinker"))).extracting(SessionRecord::sharedActions)
                .containsExactly("Draft the team charter");
    }
}
