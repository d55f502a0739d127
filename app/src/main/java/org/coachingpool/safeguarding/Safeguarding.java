package org.coachingpool.safeguarding;

import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.enginecommands.CommandDelivered;
import org.coachingpool.enginecommands.CommandPurpose;
import org.coachingpool.enginecommands.EngineCommands;
import org.coachingpool.enginecommands.EngineMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.safeguarding.repository.ConcernRepository;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding concerns: raised by the case's coach or mentor, read and answered by the pool's
 * named safeguarding lead, by nobody else. The engine carries the concern's id and the lead's
 * user name only.
 */
@Service
public class Safeguarding {

    public static final int TEXT_MAX = 4000;
    static final String WHAT_HAPPENED = "safeguarding_concern.what_happened";
    static final String RESPONSE = "safeguarding_concern.response";

    private final ConcernRepository concerns;
    private final Cases cases;
    private final People people;
    private final Worklist worklist;
    private final TextVault vault;
    private final EngineCommands engineCommands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Safeguarding(ConcernRepository concerns, Cases cases, People people, Worklist worklist, TextVault vault,
            EngineCommands engineCommands, ApplicationEventPublisher events, Clock clock) {
        this.concerns = concerns;
        this.cases = cases;
        this.people = people;
        this.worklist = worklist;
        this.vault = vault;
        this.engineCommands = engineCommands;
        this.events = events;
        this.clock = clock;
    }

    /** The address of the page on which the case's coach or mentor raises a concern. */
    public static String page(CaseId caseId) {
        return CaseNavigation.safeguarding(caseId);
    }

    /**
     * Whether a concern about the case still waits for the lead: such a case is not erased, at the
     * end of its retention period or on request, until the lead has answered.
     */
    public boolean hasUnansweredConcern(CaseId caseId) {
        return concerns.unanswered(caseId.value()) > 0;
    }

    /** The named safeguarding lead, if the pool has named one. */
    public Optional<PersonRecord> lead() {
        return concerns.lead().flatMap(id -> people.find(new UserId(id)));
    }

    public boolean isLead(CurrentUser user) {
        return concerns.lead().map(id -> id.equals(user.id().value())).orElse(false);
    }

    /**
     * Names the person who receives every concern. They need no particular role, but must be
     * able to sign in.
     *
     * @throws InvalidInputException when the person is missing or cannot sign in
     */
    @Transactional
    public void nameLead(UserId person, CurrentUser admin) {
        if (!admin.has(Role.POOL_ADMIN)) {
            throw new WorkItemUnavailableException("Only the pool team names the safeguarding lead.");
        }
        PersonRecord found = person == null ? null : people.find(person).orElse(null);
        new Problems()
                .when(found == null, "lead", "Choose the person who will receive safeguarding concerns.")
                .when(found != null && !found.enabled(), "lead", found == null ? "" : found.displayName()
                        + " cannot sign in: allow them to sign in first, or choose someone else.")
                .throwIfAny();
        concerns.nameLead(person.value(), admin.id().value(), clock.instant());
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.SETTINGS, "Named the safeguarding lead", person));
    }

    /** For the demo only: names the lead when none is named yet, as the given pool admin would. */
    @Transactional
    public void nameDemoLead(UserId lead, UserId namedBy) {
        if (concerns.lead().isEmpty()) {
            concerns.nameLead(lead.value(), namedBy.value(), clock.instant());
        }
    }

    /** Whether the person is the coach or mentor of this running relationship, who may raise a concern. */
    public boolean mayRaise(CaseId caseId, CurrentUser user) {
        return cases.find(caseId).filter(c -> user.id().equals(c.coach()) && !c.stage().isFinal()).isPresent();
    }

    /**
     * Sends a concern to the safeguarding lead: stored sealed, then the lead's task and email.
     * The same request sent twice raises one concern.
     *
     * @param requestId made when the form was opened
     * @return the concern, with the lead who has it
     * @throws InvalidInputException naming each problem, or when no lead is named (nothing is sent)
     * @throws WorkItemUnavailableException unless they coach or mentor this running relationship
     */
    @Transactional
    public Optional<PersonRecord> raise(CaseId caseId, CurrentUser coach, NewConcern concern, UUID requestId) {
        CaseSummary summary = cases.find(caseId).filter(c -> coach.id().equals(c.coach()) && !c.stage().isFinal())
                .orElseThrow(() -> new WorkItemUnavailableException("You can raise a concern on a relationship you "
                        + "coach or mentor while it runs. If someone is in danger, call 999; otherwise phone the pool team."));
        String text = concern.whatHappened() == null ? "" : concern.whatHappened().strip();
        new Problems()
                .when(concern.risk() == null, "risk", "Choose what the risk is.")
                .when(concern.thinkerTold() == null, "thinkerTold", "Say whether you have told "
                        + summary.thinkerName() + " that you are raising this.")
                .when(text.isEmpty(), "whatHappened", "Say what the safeguarding lead needs to know to act.")
                .when(text.length() > TEXT_MAX, "whatHappened", "Keep it to " + TEXT_MAX
                        + " characters: only what the lead needs to act.")
                .check(() -> StorableText.require("whatHappened", "what happened", text))
                .throwIfAny();
        PersonRecord lead = lead().filter(PersonRecord::enabled).orElseThrow(() -> new InvalidInputException("risk",
                "The pool has not named a safeguarding lead, so nothing was sent. If anyone is in immediate danger, "
                        + "call 999. Otherwise phone the pool team now and follow your organisation's safeguarding policy."));
        if (concerns.insert(requestId, caseId.value(), coach.id().value(), lead.id().value(), concern.risk().name(),
                concern.thinkerTold().name(), vault.seal(text, WHAT_HAPPENED), clock.instant())) {
            events.publishEvent(new SafeguardingRecorded(coach.id(), caseId, "Raised a safeguarding concern: "
                    + concern.risk().label().toLowerCase(Locale.UK)));
            engineCommands.publish(requestId.toString(), CommandPurpose.SAFEGUARDING_START, requestId.toString(),
                    new EngineMessage(SafeguardingProcess.MESSAGE_RAISED, requestId.toString(), requestId.toString(),
                            EngineMessage.START_KEPT, Map.of(SafeguardingProcess.VAR_CONCERN, requestId.toString(),
                                    SafeguardingProcess.VAR_LEAD, lead.username())));
        }
        return Optional.of(lead);
    }

    /** The engine took the concern: its process runs and the lead has the task. */
    @EventListener
    void started(CommandDelivered delivered) {
        if (delivered.purpose() == CommandPurpose.SAFEGUARDING_START) {
            concerns.started(UUID.fromString(delivered.subject()), clock.instant());
        }
    }

    /**
     * The concern behind the lead's task, opened: a read on record.
     *
     * @throws WorkItemUnavailableException unless it is the lead's open task
     */
    public Concern concern(WorkItemId itemId, CurrentUser lead) {
        var stored = storedFor(task(itemId, lead), lead);
        PersonRecord by = people.find(new UserId(stored.raisedBy())).orElse(null);
        CaseSummary summary = cases.find(new CaseId(stored.caseId())).orElseThrow();
        PersonRecord thinker = people.find(summary.thinker()).orElse(null);
        events.publishEvent(new SafeguardingRecorded(lead.id(), summary.id(), "Read a safeguarding concern"));
        return new Concern(new ConcernId(stored.id()), summary.reference(), summary.thinkerName(),
                thinker == null ? null : thinker.email(), by == null ? "Someone no longer in the pool" : by.displayName(),
                by == null ? null : by.email(), Risk.valueOf(stored.risk()), ThinkerTold.valueOf(stored.thinkerTold()),
                vault.open(stored.whatHappened(), WHAT_HAPPENED), stored.raisedAt());
    }

    /**
     * The lead records what they did and closes the task.
     *
     * @throws InvalidInputException when nothing is written
     */
    @Transactional
    public void respond(WorkItemId itemId, CurrentUser lead, String whatWasDone) {
        WorkItem item = task(itemId, lead);
        var stored = storedFor(item, lead);
        String text = whatWasDone == null ? "" : whatWasDone.strip();
        new Problems()
                .when(text.isEmpty(), "response", "Say what you did, for example who you referred it to.")
                .when(text.length() > TEXT_MAX, "response", "Keep it to " + TEXT_MAX + " characters.")
                .check(() -> StorableText.require("response", "what you did", text))
                .throwIfAny();
        worklist.complete(itemId, SafeguardingProcess.TASK_RESPOND, lead, Map.of());
        concerns.respond(stored.id(), itemId.value(), vault.seal(text, RESPONSE), clock.instant());
        events.publishEvent(new SafeguardingRecorded(lead.id(), new CaseId(stored.caseId()),
                "Recorded what was done about a safeguarding concern"));
    }

    private WorkItem task(WorkItemId itemId, CurrentUser lead) {
        WorkItem item = worklist.get(itemId, lead);
        if (!SafeguardingProcess.TASK_RESPOND.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not a safeguarding concern.");
        }
        return item;
    }

    /**
     * Concerns raised before the given time that the engine has not acted on: nobody answered
     * them and no safeguarding lead has a task for them. For reconciliation (ADR 0025), which
     * leaves out those whose start is still on its way.
     *
     * @return each such concern's id (its engine command's order key) and case
     */
    public List<UnheardConcern> notHeardBefore(Instant before) {
        var unheard = new ArrayList<UnheardConcern>();
        for (var concern : concerns.unansweredRaisedBefore(before)) {
            boolean heard = worklist.ofCase(new CaseId(concern.caseId())).stream()
                    .anyMatch(item -> SafeguardingProcess.TASK_RESPOND.equals(item.elementId())
                            && concern.id().toString().equals(String.valueOf(item.context().get(
                                    SafeguardingProcess.VAR_CONCERN))));
            if (!heard) {
                unheard.add(new UnheardConcern(concern.id(), new CaseId(concern.caseId())));
            }
        }
        return unheard;
    }

    /** A concern the engine has not acted on; no text. */
    public record UnheardConcern(UUID id, CaseId caseId) {
    }

    private ConcernRepository.StoredConcern storedFor(WorkItem item, CurrentUser lead) {
        Object id = item.context().get(SafeguardingProcess.VAR_CONCERN);
        return concerns.find(UUID.fromString(String.valueOf(id))).filter(c -> c.leadId().equals(lead.id().value()))
                .orElseThrow(() -> new WorkItemUnavailableException("This concern is not one you were sent."));
    }
}
