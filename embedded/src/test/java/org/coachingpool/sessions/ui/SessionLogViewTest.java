package org.coachingpool.sessions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.coachingpool.calendar.Meeting;
import org.coachingpool.calendar.MeetingId;
import org.coachingpool.calendar.MeetingKind;
import org.coachingpool.calendar.MeetingMode;
import org.coachingpool.calendar.MeetingPlan;
import org.coachingpool.calendar.MeetingState;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.MovableClock;
import org.coachingpool.platform.UkDates;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.SessionRecord;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.TaskDrafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SessionLogViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Sessions sessions;
    @Autowired Meetings meetings;
    @Autowired Clock clock;
    @Autowired TaskDrafts drafts;
    @Autowired JdbcClient jdbc;

    @Test
    void theCoachLogsASessionWithAGrowTemplateAndOnlyTheyReadTheNotes() {
        String coachName;
        CaseId id = journey.toSessions(coachName = pool.coach());
        var item = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        signInAndOpen(coachName, "tasks/session-log/" + item.id());
        SessionLogView view = _get(SessionLogView.class);
        // Issue 28: the page says whose session it is and which one, and what the templates are.
        assertThat(view.getElement().getTextRecursively()).contains("Session 1 of 2 with Priya Shah.",
                "GROW, for working through a topic: Goal (what you want)", "STOKeRS, for agreeing");

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

    @Test
    void aSessionBeyondThePlanOrWithoutOneIsStillNumbered() {
        assertThat(SessionLogView.whichSession(new Sessions.SessionNumber(7, 6), "Sam Lee"))
                .isEqualTo("Session 7 with Sam Lee: the contract planned 6 sessions.");
        assertThat(SessionLogView.whichSession(new Sessions.SessionNumber(3, null), "Sam Lee"))
                .isEqualTo("Session 3 with Sam Lee.");
    }

    @Test
    void choosingAScheduledSessionFillsInItsDateLengthAndHowAndMarksItHeld() {
        String coachName = pool.coach();
        CaseId id = journey.toSessions(coachName);
        var meeting = MeetingId.random();
        LocalDate tomorrow = LocalDate.now(UkDates.UK_TIME).plusDays(1);
        meetings.schedule(meeting, id, new MeetingPlan(
                MeetingKind.SESSION, tomorrow, LocalTime.of(10, 0), 105,
                MeetingMode.PHONE), users.get(coachName));
        ((MovableClock) clock).set(ZonedDateTime.of(tomorrow, LocalTime.of(12, 0),
                UkDates.UK_TIME).toInstant());
        try {
            var item = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
            signInAndOpen(coachName, "tasks/session-log/" + item.id());
            SessionLogView view = _get(SessionLogView.class);
            assertThat(view.scheduled.isVisible()).isTrue();
            _setValue(view.scheduled, meeting.toString());
            assertThat(view.heldOn.getValue()).isEqualTo(tomorrow);
            assertThat(view.minutes.getValue()).isEqualTo(105);
            assertThat(view.modality.getValue()).isEqualTo(SessionEntry.Modality.PHONE);
            _click(view.log);

            assertThat(sessions.forCase(id, users.get(coachName))).extracting(SessionRecord::minutes).containsExactly(105);
            assertThat(meetings.forCase(id, users.get(coachName))).extracting(Meeting::state)
                    .containsExactly(MeetingState.HELD);
        } finally {
            ((MovableClock) clock).release();
        }
    }

    @Test
    void halfWrittenNotesAreKeptForTheCoachAloneAndGoOnceTheSessionIsLogged() {
        String coachName = pool.coach();
        CaseId id = journey.toSessions(coachName);
        var item = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        signInAndOpen(coachName, "tasks/session-log/" + item.id());
        SessionLogView view = _get(SessionLogView.class);
        _setValue(view.minutes, 45);
        _setValue(view.modality, SessionEntry.Modality.PHONE);
        _setValue(view.notes, "Half a thought about delegation");
        _click(view.saveDraft);

        signInAndOpen(coachName, "tasks/session-log/" + item.id());
        SessionLogView resumed = _get(SessionLogView.class);
        assertThat(resumed.notes.getValue()).isEqualTo("Half a thought about delegation");
        assertThat(resumed.minutes.getValue()).isEqualTo(45);
        assertThat(resumed.modality.getValue()).isEqualTo(SessionEntry.Modality.PHONE);
        assertThat(drafts.load(item.id(), users.get("thinker"))).as("nobody else reads it").isEmpty();
        assertThat(drafts.load(item.id(), users.get("pooladmin"))).isEmpty();

        _click(resumed.log);
        assertThat(drafts.load(item.id(), users.get(coachName))).as("gone once logged").isEmpty();
        assertThat(jdbc.sql("select count(*) from task_draft where work_item_id = :id").param("id", item.id().value())
                .query(Integer.class).single()).isZero();
    }
}
