package org.coachingpool.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.calendar.repository.MeetingRepository;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.mail.CalendarPart;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailKind;
import org.coachingpool.mail.OutgoingMail;
import org.coachingpool.people.Contact;
import org.coachingpool.people.People;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a relationship and their invitations. The coach or mentor on the case, or the pool
 * team, arranges them; each version is written with its invitations in one transaction, so an
 * invitation exists exactly when the change does and goes once to each participant.
 */
@Service
public class Meetings {

    /** How far ahead a meeting may be arranged: further than a relationship runs is a typing mistake. */
    static final int MONTHS_AHEAD = 12;
    static final DateTimeFormatter WHEN = UkDates.DAY_DATE_TIME;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final MeetingRepository meetings;
    private final Cases cases;
    private final People people;
    private final Mail mail;
    private final Clock clock;

    Meetings(MeetingRepository meetings, Cases cases, People people, Mail mail, Clock clock) {
        this.meetings = meetings;
        this.cases = cases;
        this.people = people;
        this.mail = mail;
        this.clock = clock;
    }

    /** The path of a case's meetings page, for links from other features and from email. */
    public static String page(CaseId caseId) {
        return CaseNavigation.meetings(caseId);
    }

    /** The case's meetings the viewer takes part in (or all, for the pool team), earliest first. */
    public List<Meeting> forCase(CaseId caseId, CurrentUser viewer) {
        Optional<CaseSummary> found = cases.find(caseId, viewer);
        if (found.isEmpty()) {
            return List.of();
        }
        CaseSummary summary = found.get();
        return meetings.forCase(caseId).stream()
                .filter(row -> maySee(summary, row.kind(), viewer))
                .map(row -> meeting(row, summary))
                .toList();
    }

    /** Whether the viewer may arrange, move and cancel the case's meetings. */
    public boolean mayArrange(CaseSummary summary, CurrentUser viewer) {
        return !summary.stage().isFinal() && summary.coach() != null
                && (viewer.id().equals(summary.coach()) || viewer.has(Role.POOL_ADMIN))
                && !meetings.paused(summary.id(), summary.coach());
    }

    /**
     * After an early end: the meetings still to come are cancelled, and none is arranged with this
     * coach or mentor on the case again while the pool team decides (a rematch brings a new one).
     *
     * @return how many meetings were cancelled
     */
    @Transactional
    public int stopAfterEarlyEnd(CaseId caseId, String why) {
        cases.find(caseId).map(CaseSummary::coach).ifPresent(coach -> meetings.pause(caseId, coach, clock.instant()));
        return cancelUpcoming(caseId, why);
    }

    /**
     * Arranges a meeting and sends its invitations. The id is chosen when the form opens, so the
     * same form sent twice arranges one meeting.
     *
     * @return false when this meeting was arranged already
     * @throws org.coachingpool.platform.InvalidInputException naming each field that cannot be accepted
     * @throws MeetingUnavailableException when the viewer may not arrange the case's meetings
     */
    @Transactional
    public boolean schedule(MeetingId id, CaseId caseId, MeetingPlan plan, CurrentUser who) {
        CaseSummary summary = arrangeable(caseId, who);
        Instant startsAt = check(plan);
        var row = new MeetingRepository.Row(id, caseId, plan.kind(), startsAt, plan.minutes(), plan.mode(),
                MeetingState.SCHEDULED, 0);
        if (!meetings.insert(row, who.id(), clock.instant())) {
            return false;
        }
        invite(row, summary, who);
        return true;
    }

    /**
     * Moves a meeting, or changes its length or how people meet, and sends the update.
     *
     * @param seenSequence the version the person was looking at: a page opened before someone else's
     *     change is refused rather than undoing it
     */
    @Transactional
    public void change(MeetingId id, MeetingPlan plan, int seenSequence, CurrentUser who) {
        MeetingRepository.Row before = current(id, seenSequence, who);
        CaseSummary summary = arrangeable(before.caseId(), who);
        Instant startsAt = check(plan);
        var after = new MeetingRepository.Row(id, before.caseId(), plan.kind(), startsAt, plan.minutes(), plan.mode(),
                MeetingState.SCHEDULED, before.sequence() + 1);
        boolean unchanged = plan.kind() == before.kind() && startsAt.equals(before.startsAt())
                && plan.minutes() == before.minutes() && plan.mode() == before.mode();
        if (unchanged) {
            // Nothing to tell anyone: no new version, no email.
            return;
        }
        meetings.update(after, who.id(), clock.instant());
        invite(after, summary, who);
    }

    /** Cancels a meeting; the participants' calendars remove it. */
    @Transactional
    public void cancel(MeetingId id, int seenSequence, CurrentUser who) {
        MeetingRepository.Row before = current(id, seenSequence, who);
        CaseSummary summary = arrangeable(before.caseId(), who);
        var after = new MeetingRepository.Row(id, before.caseId(), before.kind(), before.startsAt(), before.minutes(),
                before.mode(), MeetingState.CANCELLED, before.sequence() + 1);
        meetings.update(after, who.id(), clock.instant());
        invite(after, summary, who);
    }

    /**
     * The relationship ended (closed, or ended early): every meeting of the case still to come is
     * cancelled in the caller's transaction, and each participant gets the cancellation of the same
     * calendar event.
     *
     * @param why the reason in a sentence, for the cancellation email
     * @return how many meetings were cancelled
     */
    @Transactional
    public int cancelUpcoming(CaseId caseId, String why) {
        Optional<CaseSummary> found = cases.find(caseId);
        if (found.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int cancelled = 0;
        for (var listed : meetings.forCase(caseId)) {
            if (listed.state() != MeetingState.SCHEDULED || !listed.startsAt().isAfter(now)) {
                continue;
            }
            var row = meetings.lock(listed.id()).filter(r -> r.state() == MeetingState.SCHEDULED).orElse(null);
            if (row == null) {
                continue;
            }
            var after = new MeetingRepository.Row(row.id(), row.caseId(), row.kind(), row.startsAt(), row.minutes(),
                    row.mode(), MeetingState.CANCELLED, row.sequence() + 1);
            meetings.update(after, null, now);
            invite(after, found.get(), null, null, why);
            cancelled++;
        }
        return cancelled;
    }

    /** A relationship that closed, was declined or was signposted elsewhere meets no more. */
    @EventListener
    void onMoved(CaseMoved moved) {
        if (moved.stage().isFinal()) {
            cancelUpcoming(moved.caseId(), "The relationship has ended.");
        }
    }

    /** Scheduled sessions of the case that have begun and are not logged yet: what the coach may log from. */
    public List<Meeting> sessionsToLog(CaseId caseId, CurrentUser coach) {
        Instant now = clock.instant();
        return forCase(caseId, coach).stream()
                .filter(m -> m.kind() == MeetingKind.SESSION && m.state() == MeetingState.SCHEDULED)
                .filter(m -> !m.startsAt().isAfter(now))
                .toList();
    }

    /** The meeting, if the viewer may see it. */
    public Optional<Meeting> find(MeetingId id, CurrentUser viewer) {
        return meetings.find(id).flatMap(row -> cases.find(row.caseId(), viewer)
                .filter(summary -> maySee(summary, row.kind(), viewer))
                .map(summary -> meeting(row, summary)));
    }

    /**
     * A session was logged from this scheduled one, in the caller's transaction. Its invitation
     * stays as it is: the meeting happened.
     */
    @Transactional
    public void markHeld(MeetingId id, CaseId caseId) {
        meetings.markHeld(id, caseId, clock.instant());
    }

    private MeetingRepository.Row current(MeetingId id, int seenSequence, CurrentUser who) {
        MeetingRepository.Row row = meetings.lock(id)
                .orElseThrow(() -> new MeetingUnavailableException("This meeting does not exist."));
        if (row.state() != MeetingState.SCHEDULED) {
            throw new MeetingUnavailableException("This meeting is " + row.state().label().toLowerCase(Locale.UK)
                    + " already, so it cannot be changed.");
        }
        if (row.sequence() != seenSequence) {
            throw new MeetingUnavailableException("Someone changed this meeting after you opened the page. "
                    + "Here it is as it is now: make your change again if it is still needed.");
        }
        return row;
    }

    private CaseSummary arrangeable(CaseId caseId, CurrentUser who) {
        CaseSummary summary = cases.find(caseId, who)
                .orElseThrow(() -> new MeetingUnavailableException("This relationship does not exist or is not yours."));
        if (summary.stage().isFinal()) {
            throw new MeetingUnavailableException("This relationship has ended, so no meetings can be arranged.");
        }
        if (summary.coach() == null) {
            throw new MeetingUnavailableException("Meetings can be arranged once a coach or mentor has accepted.");
        }
        if (meetings.paused(summary.id(), summary.coach())) {
            throw new MeetingUnavailableException("This relationship was ended early, so no meetings are arranged "
                    + "now. The pool team decides what happens next.");
        }
        if (!mayArrange(summary, who)) {
            throw new MeetingUnavailableException("Only the coach or mentor, or the pool team, arranges meetings.");
        }
        return summary;
    }

    /** Checks every part of the plan at once and gives the start as an instant, UK time. */
    Instant check(MeetingPlan plan) {
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK_TIME));
        LocalDate last = today.plusMonths(MONTHS_AHEAD);
        var problems = new Problems()
                .when(plan.kind() == null, "kind", "Choose what the meeting is for.")
                .when(plan.date() == null, "date", "Enter the date of the meeting, for example 15/03/2027.")
                .when(plan.date() != null && (plan.date().isBefore(today) || plan.date().isAfter(last)), "date",
                        "The date must be from today, " + UkDates.date(today) + ", to " + UkDates.date(last) + ".")
                .when(plan.startTime() == null, "startTime", "Enter the start time, for example 14:30.")
                .when(plan.minutes() == null || plan.minutes() < 15 || plan.minutes() > 480, "minutes",
                        "Enter a length between 15 and 480 minutes (8 hours).")
                .when(plan.mode() == null, "mode", "Say whether you meet in person, by video call or by phone.");
        Instant startsAt = null;
        if (plan.date() != null && plan.startTime() != null) {
            startsAt = ZonedDateTime.of(plan.date(), plan.startTime(), UkDates.UK_TIME).toInstant();
            problems.when(!plan.date().isBefore(today) && !startsAt.isAfter(clock.instant()),
                    "startTime", "That time has passed today: choose a later time.");
        }
        problems.throwIfAny();
        return startsAt;
    }

    private boolean maySee(CaseSummary summary, MeetingKind kind, CurrentUser viewer) {
        if (viewer.has(Role.POOL_ADMIN) || viewer.id().equals(summary.thinker()) || viewer.id().equals(summary.coach())) {
            return true;
        }
        return kind.withSponsor() && viewer.id().equals(summary.sponsor());
    }

    private Set<UserId> participants(CaseSummary summary, MeetingKind kind) {
        var ids = new LinkedHashSet<UserId>();
        ids.add(summary.thinker());
        if (summary.coach() != null) {
            ids.add(summary.coach());
        }
        if (kind.withSponsor() && summary.sponsor() != null) {
            ids.add(summary.sponsor());
        }
        return ids;
    }

    private Meeting meeting(MeetingRepository.Row row, CaseSummary summary) {
        var names = new ArrayList<String>();
        names.add(summary.thinkerName());
        if (summary.coachName() != null) {
            names.add(summary.coachName());
        }
        if (row.kind().withSponsor() && summary.sponsorName() != null && !names.contains(summary.sponsorName())) {
            names.add(summary.sponsorName());
        }
        return new Meeting(row.id(), row.caseId(), row.kind(), row.startsAt(), row.minutes(), row.mode(), row.state(),
                row.sequence(), List.copyOf(names));
    }

    private void invite(MeetingRepository.Row row, CaseSummary summary, CurrentUser who) {
        invite(row, summary, who.id(), who.displayName(), null);
    }

    /**
     * The invitation (or its update or cancellation) to each participant, in this transaction.
     *
     * @param byId who made the change, or null when the service did because the relationship ended
     * @param why for a cancellation the service made, the reason in a sentence; otherwise null
     */
    private void invite(MeetingRepository.Row row, CaseSummary summary, UserId byId, String byName, String why) {
        Set<UserId> invited = participants(summary, row.kind());
        Map<UserId, Contact> contacts = people.contacts(invited);
        List<Contact> attendees = invited.stream().map(contacts::get)
                .filter(c -> c != null && c.email() != null && !c.email().isBlank()).toList();
        Meeting meeting = meeting(row, summary);
        String title = title(row.kind(), summary);
        ZonedDateTime start = row.startsAt().atZone(UkDates.UK_TIME);
        String when = WHEN.format(start) + " to " + TIME.format(meeting.endsAt().atZone(UkDates.UK_TIME));
        boolean cancelled = row.state() == MeetingState.CANCELLED;
        String link = mail.link(page(summary.id()));
        String description = title + " for case " + summary.reference() + ". " + row.mode().label() + ", "
                + row.minutes() + " minutes. The place or the call link is agreed with "
                + (summary.coachName() == null ? "the coach or mentor" : summary.coachName())
                + ". See it in the service: " + link;
        var event = new Invitations.Event(row.id(), row.sequence(), row.startsAt(), meeting.endsAt(),
                title + " (" + summary.reference() + ")", description, row.mode().label(), cancelled);
        CalendarPart calendar = Invitations.of(event, mail.fromAddress(), attendees, domainOf(mail.fromAddress()),
                clock.instant());
        String verb = cancelled ? "Cancelled" : row.sequence() == 0 ? "Invitation" : "Changed";
        String subject = verb + ": " + title + " on " + WHEN.format(start) + " (" + summary.reference() + ")";
        for (Contact to : attendees) {
            var body = new StringBuilder();
            String arranger = byId == null ? "The coaching and mentoring service has"
                    : byId.equals(to.id()) ? "You have" : byName + " has";
            if (cancelled && why != null) {
                body.append(why).append(" ").append(arranger).append(" cancelled this meeting. It is removed from ")
                        .append("your calendar when you open the attached invitation.\n\n");
            } else if (cancelled) {
                body.append(arranger).append(" cancelled this meeting. It is removed from your calendar when you open ")
                        .append("the attached invitation.\n\n");
            } else if (row.sequence() > 0) {
                body.append(arranger).append(" changed this meeting. The attached invitation updates it in your ")
                        .append("calendar.\n\n");
            } else {
                body.append(arranger).append(" arranged a meeting. Open the attached invitation to add it to your ")
                        .append("calendar.\n\n");
            }
            body.append("What: ").append(title).append("\n");
            body.append("When: ").append(when).append(" (UK time)\n");
            body.append("How: ").append(row.mode().label()).append("\n");
            body.append("Who: ").append(String.join(", ", meeting.participants())).append("\n");
            body.append("Case: ").append(summary.reference()).append("\n\n");
            if (!cancelled) {
                body.append("The place or the call link is agreed with ")
                        .append(summary.coachName() == null ? "the coach or mentor" : summary.coachName())
                        .append(". Replies to the invitation are not read: if the time does not suit you, tell them.\n\n");
            }
            body.append("See the meeting in the service:");
            mail.queue(new OutgoingMail("meeting:" + row.id() + ":" + row.sequence(), to, MailKind.INVITATION,
                    summary.id(), summary.reference(), subject, body.toString(), link, calendar));
        }
    }

    static String title(MeetingKind kind, CaseSummary summary) {
        String support = switch (summary.kindWanted() == null ? "" : summary.kindWanted()) {
            case "MENTORING" -> "Mentoring";
            case "COACHING" -> "Coaching";
            default -> "Coaching or mentoring";
        };
        return kind == MeetingKind.SESSION ? support + " session" : kind.label();
    }

    static String domainOf(String from) {
        int at = from == null ? -1 : from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "coaching-pool.invalid" : domain;
    }
}
