package org.coachingpool.request;

import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;



import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.incidents.CaseStartRetry;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.coachingpool.cases.Cases;
import org.coachingpool.request.repository.RequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.coachingpool.enginecommands.CommandDelivered;
import org.coachingpool.enginecommands.CommandNotDelivered;
import org.coachingpool.enginecommands.CommandPurpose;
import org.coachingpool.enginecommands.EngineCommands;
import org.springframework.context.event.EventListener;

/**
 * Requests for coaching or mentoring: each one opens a case and starts its process through the
 * engine-command outbox, so a start the engine did not take is sent again, and reported so the
 * pool team sees it.
 */
@Service
public class Requests implements CaseStartRetry {

    private static final Logger log = LoggerFactory.getLogger(Requests.class);
    public static final int GOALS_MAX = 4000;

    private final RequestRepository requests;
    private final Cases cases;
    private final UserDirectory directory;
    private final EngineCommands engineCommands;
    private final Incidents incidents;
    private final Worklist worklist;
    private final Clock clock;

    private final People people;
    private final ApplicationEventPublisher events;

    Requests(RequestRepository requests, Cases cases, UserDirectory directory, EngineCommands engineCommands, Incidents incidents,
            Worklist worklist, Clock clock, People people,
            ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.requests = requests;
        this.cases = cases;
        this.directory = directory;
        this.engineCommands = engineCommands;
        this.incidents = incidents;
        this.worklist = worklist;
        this.clock = clock;
    }

    /**
     * Opens a case for the thinker. Submitting the same form twice (same token) returns the case
     * the first submit opened.
     *
     * @throws InvalidInputException naming the field when the input cannot be accepted
     */
    @Transactional
    public CaseId submit(CurrentUser thinker, NewRequest request, UUID submissionToken) {
        Optional<CaseId> earlier = bySubmission(submissionToken);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Person sponsor = validate(thinker, request);
        var caseId = cases.open(thinker.id(), sponsor.id(), request.kindWanted().name());
        var now = Timestamp.from(clock.instant());
        requests.insert(caseId, request, submissionToken);
        var readiness = request.readiness();
        events.publishEvent(new RelationshipRequested(caseId, thinker.id(), sponsor.id(), request.kindWanted(),
                Set.copyOf(request.developmentAreas()), now.toInstant()));
        engineCommands.publish(caseId.toString(), CommandPurpose.RELATIONSHIP_START, caseId.toString(),
                CaseStart.message(caseId, thinker.username(), sponsor.username(), request.kindWanted(),
                        readiness.readiness()));
        return caseId;
    }

    private Person validate(CurrentUser thinker, NewRequest request) {
        thinker.require(Role.THINKER, "Only a thinker can ask for coaching or mentoring.");
        var problems = new Problems()
                .when(request.kindWanted() == null, "kindWanted", "Choose coaching, mentoring or 'not sure yet'.")
                .when(request.developmentAreas() == null || request.developmentAreas().isEmpty(), "developmentAreas",
                        "Choose at least one area you want to develop.")
                .when(request.goals() == null || request.goals().isBlank(), "goals",
                        "Say in a sentence or two what you would like to achieve.")
                .check(() -> StorableText.require("goals", "your goals", request.goals()))
                .when(request.goals() != null && request.goals().length() > GOALS_MAX, "goals",
                        "Your goals must be " + GOALS_MAX + " characters or fewer.")
                .when(request.preferences() == null || request.preferences().meeting() == null, "meeting",
                        "Choose how you would like to meet: in person, by video call, or either.")
                .check(() -> StorableText.require("place", "the place", request.preferences() == null ? null
                        : request.preferences().place()))
                .when(length(request.preferences() == null ? null : request.preferences().place()) > Preferences.TEXT_MAX,
                        "place", "The place must be " + Preferences.TEXT_MAX + " characters or fewer.")
                .check(() -> StorableText.require("availability", "when you are free", request.preferences() == null
                        ? null : request.preferences().availability()))
                .when(length(request.preferences() == null ? null : request.preferences().availability())
                        > Preferences.TEXT_MAX, "availability", "When you are free must be " + Preferences.TEXT_MAX
                        + " characters or fewer.")
                .when(request.readiness() == null || request.readiness().formalProcess() == null, "formalProcess",
                        "Say whether this is part of a formal capability or disciplinary process.")
                .when(request.readiness() == null || request.readiness().choosing() == null, "choosing",
                        "Say whether you are asking for this yourself.")
                .when(request.readiness() == null || request.readiness().wellbeing() == null, "wellbeing",
                        "Say how you are managing at the moment. Your answer is seen only by the pool team.")
                .when(request.sponsor() == null, "sponsor", "Choose your sponsor, usually your line manager.")
                .when(request.sponsor() != null && request.sponsor().equals(thinker.id()), "sponsor",
                        "You cannot be your own sponsor. Choose your line manager or another sponsor.");
        Person sponsor = request.sponsor() == null ? null : directory.sponsors().stream()
                .filter(p -> p.id().equals(request.sponsor())).findFirst().orElse(null);
        problems.when(request.sponsor() != null && sponsor == null, "sponsor",
                "That person cannot act as a sponsor. Choose someone from the list.");
        problems.throwIfAny();
        return sponsor;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private Optional<CaseId> bySubmission(UUID token) {
        return requests.caseOfSubmission(token);
    }

    /** The engine took a start: the case is no longer waiting for its process. */
    @EventListener
    void started(CommandDelivered delivered) {
        if (delivered.purpose() != CommandPurpose.RELATIONSHIP_START) {
            return;
        }
        CaseId caseId = new CaseId(UUID.fromString(delivered.subject()));
        requests.markStarted(caseId, clock.instant());
        incidents.processStarted(caseId);
    }

    /** The engine did not take a start: the pool team sees it on the board while it is sent again. */
    @EventListener
    void notStarted(CommandNotDelivered failed) {
        if (failed.purpose() == CommandPurpose.RELATIONSHIP_START) {
            log.warn("Case {} is stored but its process did not start yet ({}); it will be started again",
                    failed.subject(), failed.problem());
            incidents.processDidNotStart(new CaseId(UUID.fromString(failed.subject())), failed.problem());
        }
    }

    /** A pool admin asked to start a case whose process did not start. */
    @Override
    public void startAgain(CaseId caseId) {
        if (!engineCommands.sendNow(caseId.toString())) {
            // Started meanwhile (the outbox's pass got there first): nothing holds it.
            incidents.processStarted(caseId);
        }
    }

    @Override
    public Map<String, Object> startFacts(CaseId caseId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        cases.find(caseId).ifPresent(summary -> facts.put(RelationshipProcess.VAR_KIND_WANTED, summary.kindWanted()));
        requests.find(caseId).ifPresent(request -> facts.put(RelationshipProcess.VAR_READINESS, request.readiness()));
        return facts;
    }

    /** Tasks whose person must see the request to decide: whether to take it on, or whether the fit is right. */
    private static final Set<String> TASKS_THAT_SHOW_THE_REQUEST = Set.of(RelationshipProcess.TASK_OFFER,
            RelationshipProcess.TASK_OFFER_TO_MENTORS, RelationshipProcess.TASK_COACH_CHEMISTRY);

    /**
     * The request behind a case, for someone who decides about it: the thinker, the pool team,
     * the coach or mentor working with the thinker, or one asked to take the case on. Sponsors do
     * not see it (the goals are not theirs to read); readiness answers reach only the thinker and
     * the pool team.
     */
    public Optional<RequestDetails> details(CaseId caseId, CurrentUser viewer) {
        var summary = cases.find(caseId);
        var stored = requests.find(caseId);
        if (summary.isEmpty() || stored.isEmpty()) {
            return Optional.empty();
        }
        // Who they are comes from the people feature, which owns them.
        var thinkerId = summary.get().thinker();
        var facts = people.matchingFacts(List.of(thinkerId));
        var thinkerFacts = facts.get(thinkerId);
        var request = stored.get();
        RequestDetails all = new RequestDetails(thinkerFacts == null ? null : thinkerFacts.displayName(),
                thinkerFacts == null ? null : thinkerFacts.organisation(),
                KindWanted.valueOf(summary.get().kindWanted()), request.developmentAreas(), request.goals(),
                request.preferences(), Optional.of(request.readinessAnswers()),
                request.endorsement().map(e -> new RequestDetails.Endorsement(summary.get().sponsorName(), e.endorsed(),
                        e.protectedTime(), e.context())),
                summary.get().requestedAt());
        UUID thinker = thinkerId.value();
        UUID coach = summary.get().coach() == null ? null : summary.get().coach().value();
        boolean isThinker = viewer.id().value().equals(thinker);
        boolean isAdmin = viewer.has(Role.POOL_ADMIN);
        boolean isCoach = viewer.id().value().equals(coach) || worklist.ofCase(caseId).stream()
                .anyMatch(w -> w.state() == WorkItemState.OPEN
                        && TASKS_THAT_SHOW_THE_REQUEST.contains(w.elementId())
                        && viewer.username().equals(w.assignee()));
        if (!isThinker && !isAdmin && !isCoach) {
            return Optional.empty();
        }
        return Optional.of(new RequestDetails(all.thinkerName(), all.thinkerOrganisation(), all.kindWanted(),
                all.developmentAreas(), all.goals(), all.preferences(),
                isThinker || isAdmin ? all.readiness() : Optional.empty(),
                isAdmin || isCoach ? all.endorsement() : Optional.empty(), all.requestedAt()));
    }

    /** What matching compares of a request: areas, how and where to meet. No goals, no readiness. */
    public record MatchingRequest(Set<DevelopmentArea> developmentAreas, MeetingPreference meeting, String place) {
    }

    /** For the matching service, which has already decided that the case needs matching. */
    public Optional<MatchingRequest> forMatching(CaseId caseId) {
        return requests.find(caseId).map(request -> new MatchingRequest(request.developmentAreas(),
                request.preferences().meeting(), request.preferences().place()));
    }

    /**
     * Where a new request is, in words the thinker can act on: the sponsor is said to be asked
     * only once their task exists.
     */
    public RequestProgress progress(CaseId caseId, CurrentUser thinker) {
        boolean own = cases.find(caseId).filter(c -> c.thinker().equals(thinker.id())).isPresent();
        if (!own) {
            throw new NotAllowedException("This request is not one of yours.");
        }
        if (incidents.isDelayed(caseId)) {
            return RequestProgress.DELAYED;
        }
        boolean asked = worklist.ofCase(caseId).stream()
                .anyMatch(w -> RelationshipProcess.TASK_ENDORSE.equals(w.elementId()));
        return asked ? RequestProgress.SPONSOR_ASKED : RequestProgress.PASSING_ON;
    }


}
