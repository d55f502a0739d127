package org.coachingpool.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import org.coachingpool.calendar.Meeting;
import org.coachingpool.calendar.MeetingId;
import org.coachingpool.calendar.MeetingKind;
import org.coachingpool.calendar.MeetingMode;
import org.coachingpool.calendar.MeetingPlan;
import org.coachingpool.calendar.MeetingState;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.cases.CaseId;
import org.coachingpool.platform.UkDates;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coach arranges, moves and cancels meetings on the case's meetings page; others only see them. */
class MeetingsViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Meetings meetings;

    @Test
    void theCoachArrangesAMeetingSeesEveryProblemAtOnceThenMovesAndCancelsIt() {
        String coach = pool.coach();
        CaseId id = journey.toChemistry(coach);
        signInAndOpen(coach, Meetings.page(id));
        MeetingsView view = _get(MeetingsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("No meetings arranged yet.", "Arrange a meeting");

        _click(view.arrange);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.getElement().getTextRecursively()).contains("Choose what the meeting is for.",
                "Enter the date of the meeting", "Enter the start time", "Enter a length", "Say whether you meet");

        LocalDate date = LocalDate.now(UkDates.UK_TIME).plusDays(3);
        _setValue(view.kind, MeetingKind.CHEMISTRY);
        _setValue(view.date, date);
        _setValue(view.startTime, "25:99");
        _setValue(view.minutes, 30);
        _setValue(view.mode, MeetingMode.PHONE);
        _click(view.arrange);
        assertThat(view.startTime.getErrorMessage()).as("a time that does not exist is named, not moved to 02:39")
                .isEqualTo("Enter a start time from 00:00 to 23:59 on the 24-hour clock, for example 14:30.");
        assertThat(meetings.forCase(id, users.get(coach))).isEmpty();
        _setValue(view.startTime, "13:00");
        _click(view.arrange);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.done.getText()).startsWith("Arranged: chemistry conversation on ")
                .contains("13:00", "Everyone taking part has been emailed");
        assertThat(view.list.getElement().getTextRecursively()).contains("Chemistry conversation", "Scheduled",
                "13:00 to 13:30", "Phone");

        Meeting arranged = meetings.forCase(id, users.get(coach)).getFirst();
        _click(_get(view.list, Button.class, spec -> spec.withText("Change")));
        assertThat(view.arrange.getText()).isEqualTo("Save and send the update");
        _setValue(view.startTime, "15:00");
        _click(view.arrange);
        assertThat(view.done.getText()).startsWith("Changed: chemistry conversation now on ").contains("15:00");
        assertThat(meetings.forCase(id, users.get(coach))).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(arranged.id());
            assertThat(m.sequence()).isEqualTo(1);
        });

        _click(_get(view.list, Button.class, spec -> spec.withText("Cancel meeting")));
        _click(_get(view.list, Button.class, spec -> spec.withText("Yes, cancel it")));
        assertThat(view.done.getText()).startsWith("Cancelled the chemistry conversation");
        assertThat(meetings.forCase(id, users.get(coach))).extracting(Meeting::state)
                .containsExactly(MeetingState.CANCELLED);
        assertThat(_find(view.list, Button.class, spec -> spec.withText("Change"))).isEmpty();
    }

    @Test
    void theThinkerSeesTheMeetingsButNoFormAndSomeoneOutsideTheCaseSeesNothing() {
        String coach = pool.coach();
        CaseId id = journey.toChemistry(coach);
        meetings.schedule(MeetingId.random(), id, new MeetingPlan(
                MeetingKind.CHEMISTRY, LocalDate.now(UkDates.UK_TIME).plusDays(2), LocalTime.of(9, 30), 30,
                MeetingMode.VIRTUAL), users.get(coach));

        signInAndOpen("thinker", Meetings.page(id));
        MeetingsView view = _get(MeetingsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("Chemistry conversation", "09:30", "Video call");
        assertThat(view.getElement().getTextRecursively()).contains("The coach or mentor arranges meetings")
                .doesNotContain("Arrange a meeting");
        assertThat(_find(view, Button.class, spec -> spec.withText("Change"))).isEmpty();

        signInAndOpen("coach3", Meetings.page(id));
        assertThat(_get(MeetingsView.class).getElement().getTextRecursively()).contains("Case not found")
                .doesNotContain("Chemistry");
    }
}
