package org.coachingpool.sessions;

import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.platform.UkDates;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.calendar.MeetingId;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.cases.AccessRefused;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.ConfidentialRead;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.cases.Stage;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.enginecommands.CommandPurpose;
import org.coachingpool.enginecommands.EngineCommands;
import org.coachingpool.enginecommands.EngineMessage;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import java.util.stream.Collectors;
import org.coachingpool.sessions.repository.SessionRepository;
import org.coachingpool.sessions.repository.SessionRepository.Minutes;
import org.coachingpool.sessions.repository.SessionRepository.StoredEarlyEnd;
import org.coachingpool.sessions.repository.SessionRepository.StoredSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sessions of a relationship: logged by the coach, counted for the process, seen by role. */
@Service
public class Sessions {

    public static final int TEXT_MAX = 8000;
    /** Sealed columns: what the coach and thinker write stays encrypted in the database (ADR 0020). */
    static final String NOTES = "session_log.private_notes";
    static final String ACTIONS = "session_log.shared_actions";
    static final String EARLY_END_REASON = "early_end.reason";

    private final SessionRepository rows;
    private final Worklist worklist;
    private final Cases cases;
    private final Clock clock;
    private final EngineCommands engineCommands;

    private final People people;

    private final ApplicationEventPublisher events;

    private final Meetings meetings;

    private final TextVault vault;

    Sessions(SessionRepository rows, Worklist worklist, Cases cases, Clock clock, EngineCommands engineCommands,
            People people, ApplicationEventPublisher events,
            Meetings meetings, TextVault vault) {
        this.vault = vault;
        this.meetings = meetings;
        this.events = events;
        this.people = people;
        this.rows = rows;
        this.worklist = worklist;
        this.cases = cases;
        this.clock = clock;
        this.engineCommands = engineCommands;
    }

    /**
     * The thinker or the coach ends a running relationship early ("not working"). The reason is
     * stored for its author and the pool admins; the process is told, and a pool admin decides
     * on a rematch or a close.
     *
     * @throws InvalidInputException when no reason is given
     * @throws WorkItemUnavailableException when the case is not running or not theirs to end
     */
    @Transactional
    public void endEarly(CaseId caseId, CurrentUser who, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say briefly why the relationship is not working.");
        }
        StorableText.require("reason", "the reason", reason);
        if (reason.length() > TEXT_MAX) {
            throw new InvalidInputException("reason", "The reason can be at most " + TEXT_MAX + " characters.");
        }
        CaseSummary summary = cases.find(caseId).filter(c -> c.thinker().equals(who.id()) || who.id().equals(c.coach()))
                .orElseThrow(() -> new WorkItemUnavailableException("This relationship does not exist or is not yours."));
        if (summary.stage() != Stage.SESSIONS) {
            throw new WorkItemUnavailableException("Only a relationship in its sessions can be ended early.");
        }
        UUID requestId = UUID.randomUUID();
        rows.insertEarlyEnd(new StoredEarlyEnd(requestId, caseId, who.id(),
                vault.seal(reason.strip(), EARLY_END_REASON), clock.instant()));
        // Ordered after the case's start: an early end never overtakes what came before it.
        engineCommands.publish(caseId.toString(), CommandPurpose.EARLY_END, requestId.toString(),
                new EngineMessage(RelationshipProcess.MESSAGE_ENDED_EARLY, caseId.toString(), "ended-early:" + requestId,
                        Duration.ofDays(1), Map.of()));
        meetings.stopAfterEarlyEnd(caseId, "The relationship was ended early.");
    }

    /**
     * Why the relationship was last ended early, and by whom: for the pool team deciding what
     * happens next, and for the person who ended it. Empty for everyone else.
     */
    public Optional<EarlyEnd> lastEarlyEnd(CaseId caseId, CurrentUser viewer) {
        return rows.lastEarlyEnd(caseId)
                .filter(found -> viewer.has(Role.POOL_ADMIN) || viewer.id().equals(found.requestedBy()))
                .map(found -> {
                    events.publishEvent(new ConfidentialRead(caseId, viewer.id(),
                            "the reason the relationship was ended early"));
                    return new EarlyEnd(people.displayName(found.requestedBy()).orElse("someone"),
                            vault.open(found.sealedReason(), EARLY_END_REASON), found.at());
                });
    }

    /**
     * Each case's latest early end made before the given time: its id (the engine command's
     * subject) and when. No reasons. For reconciliation, which checks the engine heard each one.
     */
    public List<StoredEarlyEndFact> latestEarlyEndsBefore(Instant before) {
        return rows.latestEarlyEndsBefore(before).stream()
                .map(end -> new StoredEarlyEndFact(end.id(), end.caseId(), end.at())).toList();
    }

    /** That a relationship was ended early, and when: no reason, no names. */
    public record StoredEarlyEndFact(UUID id, CaseId caseId, Instant at) {
    }

    /** An early end as the pool team reads it: who ended it, why, and when. */
    public record EarlyEnd(String byName, String reason, Instant at) {
    }

    /**
     * Logs a session through the coach's "Log a session" task and completes it. Sending the same
     * task twice logs one session.
     *
     * @throws InvalidInputException naming the field when the entry cannot be accepted
     * @throws WorkItemUnavailableException when the task is done already or not the coach's
     */
    @Transactional
    public void log(WorkItemId itemId, CurrentUser coach, SessionEntry entry) {
        log(itemId, coach, entry, null);
    }

    /**
     * Logs a session that was scheduled in the service: as {@link #log(WorkItemId, CurrentUser, SessionEntry)},
     * and the scheduled one shows as held.
     *
     * @param scheduled the scheduled session it was, or null
     */
    @Transactional
    public void log(WorkItemId itemId, CurrentUser coach, SessionEntry entry,
            MeetingId scheduled) {
        validate(entry);
        WorkItem item = checkLogTask(itemId, coach);
        if (scheduled != null) {
            meetings.markHeld(scheduled, item.caseId());
        }
        requireAfterRequest(entry, item.caseId());
        worklist.complete(itemId, RelationshipProcess.TASK_LOG_SESSION, coach, Map.of());
        rows.insertSession(new StoredSession(item.caseId(), coach.id(), entry.heldOn(), entry.minutes(),
                entry.modality(), vault.seal(blankToNull(entry.privateNotes()), NOTES),
                vault.seal(blankToNull(entry.sharedActions()), ACTIONS)), itemId, clock.instant());
        events.publishEvent(new SessionLogged(item.caseId(), coach.id(), entry.heldOn(), entry.minutes()));
    }

    /** @throws WorkItemUnavailableException unless it is the coach's open session-log task */
    public WorkItem checkLogTask(WorkItemId itemId, CurrentUser coach) {
        WorkItem item = worklist.get(itemId, coach);
        if (!RelationshipProcess.TASK_LOG_SESSION.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not a session log.");
        }
        return item;
    }

    /**
     * Which session a log task is for, as the coach counts them: the next after those they logged
     * on the case, of the number the contract plans (with any extension), when the engine gave it.
     */
    public SessionNumber numberOf(WorkItem logTask, CurrentUser coach) {
        int logged = count(logTask.caseId(), coach.username());
        Object planned = logTask.context().get(RelationshipProcess.VAR_PLANNED_SESSIONS);
        return new SessionNumber(logged + 1, planned instanceof Number n ? n.intValue() : null);
    }

    /** @param planned null when the task does not carry it (tasks made before it did) */
    public record SessionNumber(int number, Integer planned) {
    }

    /** A session is held between the request for its relationship and today; 1900 is a typing slip. */
    private void requireAfterRequest(SessionEntry entry, CaseId caseId) {
        LocalDate requestedOn = cases.find(caseId)
                .map(found -> LocalDate.ofInstant(found.requestedAt(), UkDates.UK_TIME))
                .orElseThrow(() -> new WorkItemUnavailableException("This relationship is no longer on record."));
        new Problems()
                .when(entry.heldOn().isBefore(requestedOn), "heldOn", "The date must be from "
                        + UkDates.date(requestedOn)
                        + ", when this relationship was asked for, to today.")
                .throwIfAny();
    }

    private void validate(SessionEntry entry) {
        new Problems()
                .when(entry.heldOn() == null, "heldOn", "Enter the date the session was held, for example 15/03/2027.")
                .when(entry.heldOn() != null && entry.heldOn().isAfter(LocalDate.now(clock)), "heldOn",
                        "The date must be today or in the past: a session is logged once it has been held.")
                .when(entry.minutes() < 15 || entry.minutes() > 480, "minutes",
                        "Enter a length between 15 and 480 minutes (8 hours).")
                .when(entry.modality() == null, "modality", "Say whether the session was in person, by video call or by phone.")
                .check(() -> StorableText.require("notes", "your notes", entry.privateNotes()))
                .when(length(entry.privateNotes()) > TEXT_MAX, "notes", "Your notes must be " + TEXT_MAX
                        + " characters or fewer.")
                .check(() -> StorableText.require("actions", "the agreed actions", entry.sharedActions()))
                .when(length(entry.sharedActions()) > TEXT_MAX, "actions", "The agreed actions must be " + TEXT_MAX
                        + " characters or fewer.")
                .throwIfAny();
    }

    /**
     * Minutes each coach has logged on sessions held from the given day, in relationships still
     * running (closed ones are on the pool's ledger).
     */
    public Map<UserId, Integer> minutesInRunningRelationships(LocalDate from) {
        var logged = rows.minutesSince(from);
        var running = cases.byIds(logged.stream().map(Minutes::caseId).collect(Collectors.toSet()));
        return logged.stream()
                .filter(m -> running.containsKey(m.caseId()) && !running.get(m.caseId()).stage().isFinal())
                .collect(Collectors.toMap(Minutes::coach, Minutes::minutes, Integer::sum));
    }

    /** Time a coach logged on a case, for the pledge ledger. */
    public record LoggedTime(UserId coach, int minutes, int sessions) {
    }

    /** What the coach logged on the case, or empty when they logged nothing. */
    public Optional<LoggedTime> loggedTime(CaseId caseId, String coachUsername) {
        var coach = people.idOf(coachUsername);
        if (coach.isEmpty()) {
            return Optional.empty();
        }
        return rows.minutes(caseId, coach.get()).map(m -> new LoggedTime(m.coach(), m.minutes(), m.sessions()));
    }

    /** How many sessions the coach has logged on the case. */
    public int count(CaseId caseId, String coachUsername) {
        var coach = people.idOf(coachUsername);
        if (coach.isEmpty()) {
            return 0;
        }
        return rows.count(caseId, coach.get());
    }

    /**
     * The sessions of a case as the viewer may see them. The coach who wrote them sees notes; the
     * thinker sees agreed actions; the sponsor and pool admins see dates, lengths and modality.
     *
     * @throws WorkItemUnavailableException when the viewer may not see the case at all
     */
    public List<SessionRecord> forCase(CaseId caseId, CurrentUser viewer) {
        CaseSummary summary = cases.find(caseId, viewer).or(() -> cases.find(caseId).filter(c -> loggedSessionsOf(c, viewer)))
                .orElseThrow(() -> {
                    if (cases.find(caseId).isPresent()) {
                        events.publishEvent(new AccessRefused(viewer.id(), caseId,
                                "the sessions of a relationship that is not theirs"));
                    }
                    return new WorkItemUnavailableException("This case does not exist or is not yours.");
                });
        boolean thinker = summary.thinker().equals(viewer.id());
        List<SessionRecord> shown = rows.ofCase(caseId).stream().map(stored -> {
            boolean author = stored.coach().equals(viewer.id());
            return new SessionRecord(stored.heldOn(), stored.minutes(), stored.modality(),
                    author ? vault.open(stored.sealedNotes(), NOTES) : null,
                    author || thinker ? vault.open(stored.sealedActions(), ACTIONS) : null);
        }).toList();
        long notes = shown.stream().filter(r -> r.privateNotes() != null).count();
        long actions = shown.stream().filter(r -> r.sharedActions() != null).count();
        if (notes + actions > 0) {
            events.publishEvent(new ConfidentialRead(caseId, viewer.id(),
                    (notes > 0 ? "session notes of " + sessionsWord(notes) : "")
                            + (notes > 0 && actions > 0 ? " and " : "")
                            + (actions > 0 ? "agreed actions of " + sessionsWord(actions) : "")));
        }
        return shown;
    }

    private static String sessionsWord(long count) {
        return count == 1 ? "1 session" : count + " sessions";
    }

    /** A coach replaced after an early end still reads the notes they wrote on the case. */
    private boolean loggedSessionsOf(CaseSummary summary, CurrentUser viewer) {
        return rows.count(summary.id(), viewer.id()) > 0;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
