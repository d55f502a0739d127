package org.coachingpool.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.MailKind;
import org.coachingpool.mail.SentMail;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MovableClock;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Meetings arranged in the service reach everyone taking part as calendar invitations that a
 * calendar reads (parsed back with ical4j): the same UID through changes and a cancellation, a
 * SEQUENCE that goes up, the sponsor only in the three-way meetings, and nothing people wrote.
 */
class MeetingsTest extends EmbeddedStackTest {

    @Autowired Meetings meetings;
    @Autowired Mail mail;
    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;
    @Autowired Cases cases;
    @Autowired People people;
    @Autowired Sessions sessions;
    @Autowired Clock clock;

    @AfterEach
    void realTime() {
        ((MovableClock) clock).release();
    }

    static LocalDate inAWeek() {
        return LocalDate.now(UkDates.UK_TIME).plusDays(7);
    }

    @Test
    void theCoachArrangesAChemistryConversationAndThinkerAndCoachGetAnInvitationTheirCalendarReads() throws Exception {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toChemistry(coachName);
        MeetingId meeting = MeetingId.random();

        boolean arranged = meetings.schedule(meeting, id, new MeetingPlan(MeetingKind.CHEMISTRY, inAWeek(),
                LocalTime.of(14, 30), 30, MeetingMode.VIRTUAL), coach);
        boolean again = meetings.schedule(meeting, id, new MeetingPlan(MeetingKind.CHEMISTRY, inAWeek(),
                LocalTime.of(14, 30), 30, MeetingMode.VIRTUAL), coach);

        assertThat(arranged).isTrue();
        assertThat(again).as("the same form sent twice").isFalse();
        List<SentMail> sent = invitations(id);
        assertThat(sent).extracting(SentMail::recipientName)
                .containsExactlyInAnyOrder(users.get("thinker").displayName(), coach.displayName());
        String reference = cases.find(id).orElseThrow().reference();
        for (SentMail message : sent) {
            assertThat(message.subject()).startsWith("Invitation: Chemistry conversation on ").endsWith("(" + reference + ")");
            assertThat(message.body()).contains("When: ").contains("14:30 to 15:00 (UK time)").contains("How: Video call")
                    .doesNotContain("Grow as a leader");
            VEvent event = event(message, "REQUEST");
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(meeting + "@" + domain());
            assertThat(event.getSequence().orElseThrow().getSequenceNo()).isZero();
            Instant start = ZonedDateTime.of(inAWeek(), LocalTime.of(14, 30), UkDates.UK_TIME).toInstant();
            assertThat(Instant.from(event.getDateTimeStart().orElseThrow().getDate())).isEqualTo(start);
            assertThat(Instant.from(event.getDateTimeEnd().orElseThrow().getDate())).isEqualTo(start.plusSeconds(1800));
            assertThat(attendees(event)).containsExactlyInAnyOrder(
                    "mailto:" + email("thinker"), "mailto:" + email(coachName));
            assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("Chemistry conversation (" + reference + ")");
            assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("Video call");
            assertThat(message.calendar().content()).doesNotContain("Grow as a leader");
        }
    }

    @Test
    void contractingIncludesTheSponsorWhoSeesItButNotTheSessions() throws Exception {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toChemistry(coachName);
        meetings.schedule(MeetingId.random(), id, new MeetingPlan(MeetingKind.CONTRACTING, inAWeek(),
                LocalTime.of(10, 0), 30, MeetingMode.IN_PERSON), coach);
        meetings.schedule(MeetingId.random(), id, new MeetingPlan(MeetingKind.SESSION, inAWeek().plusDays(14),
                LocalTime.of(10, 0), 90, MeetingMode.IN_PERSON), coach);

        assertThat(invitations(id)).filteredOn(m -> m.subject().contains("Three-way contracting"))
                .extracting(SentMail::recipientName).contains(users.get("sponsor").displayName()).hasSize(3);
        assertThat(invitations(id)).filteredOn(m -> m.subject().contains("Coaching session"))
                .extracting(SentMail::recipientName).doesNotContain(users.get("sponsor").displayName()).hasSize(2);
        assertThat(meetings.forCase(id, users.get("sponsor"))).extracting(Meeting::kind)
                .containsExactly(MeetingKind.CONTRACTING);
        assertThat(meetings.forCase(id, users.get("thinker"))).extracting(Meeting::kind)
                .containsExactly(MeetingKind.CONTRACTING, MeetingKind.SESSION);
        assertThat(meetings.forCase(id, users.get(pool.coach()))).as("another coach").isEmpty();
    }

    @Test
    void aChangeAndACancellationKeepTheUidRaiseTheSequenceAndAStalePageIsRefused() throws Exception {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toSessions(coachName);
        MeetingId meeting = MeetingId.random();
        meetings.schedule(meeting, id, new MeetingPlan(MeetingKind.SESSION, inAWeek(), LocalTime.of(9, 0), 90,
                MeetingMode.IN_PERSON), coach);

        meetings.change(meeting, new MeetingPlan(MeetingKind.SESSION, inAWeek(), LocalTime.of(9, 0), 90,
                MeetingMode.IN_PERSON), 0, coach);
        assertThat(meetings.forCase(id, coach)).as("saved unchanged: no new version")
                .extracting(Meeting::sequence).containsExactly(0);
        meetings.change(meeting, new MeetingPlan(MeetingKind.SESSION, inAWeek().plusDays(1), LocalTime.of(11, 0), 60,
                MeetingMode.VIRTUAL), 0, coach);
        assertThatThrownBy(() -> meetings.change(meeting, new MeetingPlan(MeetingKind.SESSION, inAWeek(),
                LocalTime.of(9, 0), 90, MeetingMode.IN_PERSON), 0, users.get("pooladmin")))
                .as("a page opened before the change").isInstanceOf(MeetingUnavailableException.class)
                .hasMessageContaining("changed this meeting after you opened the page");
        meetings.cancel(meeting, 1, coach);

        Map<String, List<SentMail>> bySubject = invitations(id).stream()
                .filter(m -> m.recipientName().equals(coach.displayName()))
                .collect(Collectors.groupingBy(m -> m.subject().substring(0, m.subject().indexOf(':'))));
        assertThat(bySubject.keySet()).containsExactlyInAnyOrder("Invitation", "Changed", "Cancelled");
        VEvent changed = event(bySubject.get("Changed").getFirst(), "REQUEST");
        VEvent cancelled = event(bySubject.get("Cancelled").getFirst(), "CANCEL");
        VEvent first = event(bySubject.get("Invitation").getFirst(), "REQUEST");
        assertThat(changed.getUid()).isEqualTo(first.getUid());
        assertThat(cancelled.getUid()).isEqualTo(first.getUid());
        assertThat(changed.getSequence().orElseThrow().getSequenceNo()).isEqualTo(1);
        assertThat(cancelled.getSequence().orElseThrow().getSequenceNo()).isEqualTo(2);
        assertThat(cancelled.getStatus().orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(Instant.from(changed.getDateTimeStart().orElseThrow().getDate())).isEqualTo(
                ZonedDateTime.of(inAWeek().plusDays(1), LocalTime.of(11, 0), UkDates.UK_TIME).toInstant());
        assertThat(meetings.forCase(id, coach)).extracting(Meeting::state).containsExactly(MeetingState.CANCELLED);
        assertThatThrownBy(() -> meetings.cancel(meeting, 2, coach)).isInstanceOf(MeetingUnavailableException.class)
                .hasMessageContaining("cancelled already");
    }

    @Test
    void onlyTheCoachOrThePoolTeamArrangesAndEveryMissingOrImplausiblePartIsNamed() {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toChemistry(coachName);
        var plan = new MeetingPlan(MeetingKind.CHEMISTRY, inAWeek(), LocalTime.of(9, 0), 30, MeetingMode.PHONE);

        assertThatThrownBy(() -> meetings.schedule(MeetingId.random(), id, plan, users.get("thinker")))
                .isInstanceOf(MeetingUnavailableException.class).hasMessageContaining("coach or mentor");
        assertThatThrownBy(() -> meetings.schedule(MeetingId.random(), id, plan, users.get(pool.coach())))
                .as("another coach").isInstanceOf(MeetingUnavailableException.class);
        assertThatThrownBy(() -> meetings.schedule(MeetingId.random(), id, new MeetingPlan(null, null, null, null, null),
                coach)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(InvalidInputException.Problem::field)
                .containsExactly("kind", "date", "startTime", "minutes", "mode"));
        LocalDate today = LocalDate.now(UkDates.UK_TIME);
        for (LocalDate implausible : List.of(LocalDate.of(1900, 1, 1), today.minusDays(1), today.plusMonths(13),
                LocalDate.of(9999, 12, 31))) {
            assertThatThrownBy(() -> meetings.schedule(MeetingId.random(), id, new MeetingPlan(MeetingKind.CHEMISTRY,
                    implausible, LocalTime.NOON, 30, MeetingMode.PHONE), coach))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo("date");
                                assertThat(p.message()).contains(UkDates.date(today))
                                        .contains(UkDates.date(today.plusMonths(12)));
                            }));
        }
        meetings.schedule(MeetingId.random(), id, plan, users.get("pooladmin"));
        assertThat(meetings.forCase(id, coach)).hasSize(1);
    }

    @Test
    void theCoachLogsASessionFromTheScheduledOneAndItShowsAsHeld() {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toSessions(coachName);
        MeetingId meeting = MeetingId.random();
        meetings.schedule(meeting, id, new MeetingPlan(MeetingKind.SESSION, LocalDate.now(UkDates.UK_TIME).plusDays(1),
                LocalTime.of(10, 0), 75, MeetingMode.VIRTUAL), coach);
        assertThat(meetings.sessionsToLog(id, coach)).as("not begun yet").isEmpty();

        Instant during = ZonedDateTime.of(LocalDate.now(UkDates.UK_TIME).plusDays(1), LocalTime.of(11, 0),
                UkDates.UK_TIME).toInstant();
        ((MovableClock) clock).set(during);
        assertThat(meetings.sessionsToLog(id, coach)).extracting(Meeting::id).containsExactly(meeting);
        var task = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        sessions.log(task.id(), coach, new SessionEntry(LocalDate.ofInstant(during, UkDates.UK_TIME), 75,
                SessionEntry.Modality.VIRTUAL, null, null), meeting);

        assertThat(meetings.forCase(id, coach)).extracting(Meeting::state).containsExactly(MeetingState.HELD);
        assertThat(meetings.sessionsToLog(id, coach)).isEmpty();
    }

    @Test
    void endingARelationshipEarlyCancelsItsMeetingsStillToComeInEveryonesCalendar() throws Exception {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toSessions(coachName);
        MeetingId next = MeetingId.random();
        MeetingId later = MeetingId.random();
        meetings.schedule(next, id, new MeetingPlan(MeetingKind.SESSION, inAWeek(), LocalTime.of(9, 0), 90,
                MeetingMode.IN_PERSON), coach);
        meetings.schedule(later, id, new MeetingPlan(MeetingKind.REVIEW, inAWeek().plusDays(28), LocalTime.of(9, 0),
                60, MeetingMode.VIRTUAL), coach);
        meetings.change(later, new MeetingPlan(MeetingKind.REVIEW, inAWeek().plusDays(29), LocalTime.of(9, 0), 60,
                MeetingMode.VIRTUAL), 0, coach);

        sessions.endEarly(id, users.get("thinker"), "Not the right fit for me, private reason Merlin");

        assertThat(meetings.forCase(id, coach)).extracting(Meeting::state)
                .containsOnly(MeetingState.CANCELLED);
        // Nor is another arranged with this coach while the pool team decides (session 14's review).
        var summary = cases.find(id).orElseThrow();
        assertThat(meetings.mayArrange(summary, coach)).isFalse();
        assertThat(meetings.mayArrange(summary, users.get("pooladmin"))).isFalse();
        assertThatThrownBy(() -> meetings.schedule(MeetingId.random(), id, new MeetingPlan(MeetingKind.SESSION,
                inAWeek(), LocalTime.of(11, 0), 60, MeetingMode.VIRTUAL), coach))
                .isInstanceOf(MeetingUnavailableException.class).hasMessageContaining("ended early");
        var cancellations = invitations(id).stream().filter(m -> m.subject().startsWith("Cancelled:")).toList();
        assertThat(cancellations).extracting(SentMail::recipientName).as("thinker and coach for the session; "
                + "thinker, coach and sponsor for the review").hasSize(5);
        for (SentMail message : cancellations) {
            assertThat(message.body()).contains("The relationship was ended early.")
                    .as("the reason stays with the pool team").doesNotContain("Merlin");
            VEvent cancelled = event(message, "CANCEL");
            String uid = cancelled.getUid().orElseThrow().getValue();
            int sequence = cancelled.getSequence().orElseThrow().getSequenceNo();
            assertThat(uid).isIn(next + "@" + domain(), later + "@" + domain());
            assertThat(sequence).isEqualTo(uid.startsWith(next.toString()) ? 1 : 2);
        }
    }

    private List<SentMail> invitations(CaseId id) {
        String reference = cases.find(id).orElseThrow().reference();
        return mail.find(new MailFilter(null, null, reference, 100), users.get("pooladmin")).stream()
                .filter(m -> m.kind() == MailKind.INVITATION)
                .toList();
    }

    private static VEvent event(SentMail message, String method) throws Exception {
        assertThat(message.calendar()).as("an invitation is attached to " + message.subject()).isNotNull();
        assertThat(message.calendar().method().name()).isEqualTo(method);
        assertThat(message.calendar().content()).as("lines end in CRLF").contains("\r\n").doesNotContain("\n\n");
        assertThat(message.calendar().content().lines()).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(message.calendar().content()));
        calendar.validate();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static Set<String> attendees(VEvent event) {
        return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue)
                .map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private String email(String username) {
        return people.contactsByUsername(List.of(username)).get(username).email().toLowerCase(Locale.ROOT);
    }

    private String domain() {
        String from = mail.fromAddress();
        return from.substring(from.lastIndexOf('@') + 1);
    }
}
