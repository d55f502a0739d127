package org.coachingpool.request;

import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.incidents.CaseStartRetry;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.coachingpool.cases.Stage;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final EngineCommands engineCommands;
    private final Incidents incidents;
    private final Worklist worklist;
    private final Clock clock;

    private final People people;
    private final ApplicationEventPublisher events;

    Requests(JdbcClient jdbc, UserDirectory directory, EngineCommands engineCommands, Incidents incidents,
            Worklist worklist, Clock clock, People people,
            ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.jdbc = jdbc;
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
        var caseId = new CaseId(UUID.randomUUID());
        var now = Timestamp.from(clock.instant());
        long number = jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
        String reference = "CP-%d-%04d".formatted(Year.now(clock).getValue(), number);
        jdbc.sql("""
                        insert into relationship_case (id, reference, thinker_id, sponsor_id, kind_wanted, stage,
                            requested_at, updated_at)
                        values (:id, :reference, :thinker, :sponsor, :kind, :stage, :now, :now)
                        """)
                .param("id", caseId.value())
                .param("reference", reference)
                .param("thinker", thinker.id().value())
                .param("sponsor", sponsor.id().value())
                .param("kind", request.kindWanted().name())
                .param("stage", Stage.REQUESTED.name())
                .param("now", now)
                .update();
        var preferences = request.preferences();
        var readiness = request.readiness();
        jdbc.sql("""
                        insert into case_request (case_id, development_areas, goals, submission_token, meeting_preference,
                            place, availability, formal_process, choosing, wellbeing, readiness)
                        values (:id, :areas, :goals, :token, :meeting, :place, :availability, :formal, :choosing,
                            :wellbeing, :readiness)
                        """)
                .param("id", caseId.value())
                .param("areas", request.developmentAreas().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("goals", request.goals().strip())
                .param("token", submissionToken)
                .param("meeting", preferences.meeting().name())
                .param("place", blankToNull(preferences.place()))
                .param("availability", blankToNull(preferences.availability()))
                .param("formal", readiness.formalProcess().name())
                .param("choosing", readiness.choosing().name())
                .param("wellbeing", readiness.wellbeing().name())
                .param("readiness", readiness.readiness().name())
                .update();
        events.publishEvent(new RelationshipRequested(caseId, thinker.id(), sponsor.id(), request.kindWanted(),
                Set.copyOf(request.developmentAreas()), now.toInstant()));
        engineCommands.publish(caseId.toString(), CommandPurpose.RELATIONSHIP_START, caseId.toString(),
                CaseStart.message(caseId, thinker.username(), sponsor.username(), request.kindWanted(),
                        readiness.readiness()));
        return caseId;
    }

    private Person validate(CurrentUser thinker, NewRequest request) {
        if (!thinker.has(Role.THINKER)) {
            throw new InvalidInputException("thinker", "Only a thinker can ask for coaching or mentoring.");
        }
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Optional<CaseId> bySubmission(UUID token) {
        return jdbc.sql("select case_id from case_request where submission_token = :token").param("token", token)
                .query(UUID.class).optional().map(CaseId::new);
    }

    /** The engine took a start: the case is no longer waiting for its process. */
    @EventListener
    void started(CommandDelivered delivered) {
        if (delivered.purpose() != CommandPurpose.RELATIONSHIP_START) {
            return;
        }
        CaseId caseId = new CaseId(UUID.fromString(delivered.subject()));
        jdbc.sql("update case_request set process_started_at = coalesce(process_started_at, :now) where case_id = :id")
                .param("id", caseId.value())
                .param("now", Timestamp.from(clock.instant()))
                .update();
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
        return jdbc.sql("""
                        select c.kind_wanted, r.readiness from relationship_case c
                        join case_request r on r.case_id = c.id where c.id = :id
                        """).param("id", caseId.value())
                .query((rs, row) -> {
                    Map<String, Object> facts = new LinkedHashMap<>();
                    if (rs.getString("kind_wanted") != null) {
                        facts.put(RelationshipProcess.VAR_KIND_WANTED, rs.getString("kind_wanted"));
                    }
                    if (rs.getString("readiness") != null) {
                        facts.put(RelationshipProcess.VAR_READINESS, rs.getString("readiness"));
                    }
                    return facts;
                })
                .optional().orElse(Map.of());
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
        var row = jdbc.sql("""
                        select c.thinker_id, c.sponsor_id, c.coach_id, c.kind_wanted,
                               r.development_areas, r.goals, r.meeting_preference, r.place, r.availability,
                               r.formal_process, r.choosing, r.wellbeing, c.requested_at,
                               e.decision, e.protected_time, e.context
                        from relationship_case c
                        join case_request r on r.case_id = c.id
                        left join endorsement e on e.case_id = c.id
                        where c.id = :id
                        """)
                .param("id", caseId.value())
                .query((rs, n) -> {
                    // Who they are comes from the people feature, which owns them.
                    var thinkerId = new UserId(rs.getObject("thinker_id", UUID.class));
                    var sponsorId = new UserId(rs.getObject("sponsor_id", UUID.class));
                    var facts = people.matchingFacts(List.of(thinkerId, sponsorId));
                    var thinkerFacts = facts.get(thinkerId);
                    String sponsorName = facts.containsKey(sponsorId) ? facts.get(sponsorId).displayName() : null;
                    return new StoredRequest(
                    rs.getObject("thinker_id", UUID.class), rs.getObject("coach_id", UUID.class),
                    new RequestDetails(thinkerFacts == null ? null : thinkerFacts.displayName(),
                            thinkerFacts == null ? null : thinkerFacts.organisation(),
                            KindWanted.valueOf(rs.getString("kind_wanted")),
                            Arrays.stream((String[]) rs.getArray("development_areas").getArray())
                                    .map(DevelopmentArea::valueOf)
                                    .collect(Collectors.toCollection(
                                            () -> EnumSet.noneOf(DevelopmentArea.class))),
                            rs.getString("goals"),
                            new Preferences(MeetingPreference.valueOf(rs.getString("meeting_preference")),
                                    rs.getString("place"), rs.getString("availability")),
                            Optional.of(new ReadinessAnswers(
                                    ReadinessAnswers.FormalProcess.valueOf(rs.getString("formal_process")),
                                    ReadinessAnswers.Choosing.valueOf(rs.getString("choosing")),
                                    ReadinessAnswers.Wellbeing.valueOf(rs.getString("wellbeing")))),
                            rs.getString("decision") == null ? Optional.empty()
                                    : Optional.of(new RequestDetails.Endorsement(sponsorName,
                                            "ENDORSED".equals(rs.getString("decision")),
                                            rs.getBoolean("protected_time"), rs.getString("context"))),
                            rs.getTimestamp("requested_at").toInstant()));
                })
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        UUID thinker = row.get().thinker();
        UUID coach = row.get().coach();
        RequestDetails all = row.get().details();
        boolean isThinker = viewer.id().value().equals(thinker);
        boolean isAdmin = viewer.has(Role.POOL_ADMIN);
        boolean isCoach = viewer.id().value().equals(coach) || worklist.ofCase(caseId.value()).stream()
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
        return jdbc.sql("select development_areas, meeting_preference, place from case_request where case_id = :id")
                .param("id", caseId.value())
                .query((rs, n) -> new MatchingRequest(
                        Arrays.stream((String[]) rs.getArray("development_areas").getArray())
                                .map(DevelopmentArea::valueOf)
                                .collect(Collectors.toCollection(
                                        () -> EnumSet.noneOf(DevelopmentArea.class))),
                        MeetingPreference.valueOf(rs.getString("meeting_preference")), rs.getString("place")))
                .optional();
    }

    /**
     * Where a new request is, in words the thinker can act on: the sponsor is said to be asked
     * only once their task exists.
     */
    public RequestProgress progress(CaseId caseId, CurrentUser thinker) {
        boolean own = jdbc.sql("select exists (select 1 from relationship_case where id = :id and thinker_id = :me)")
                .param("id", caseId.value()).param("me", thinker.id().value()).query(Boolean.class).single();
        if (!own) {
            throw new InvalidInputException("case", "This request is not one of yours.");
        }
        if (incidents.isDelayed(caseId)) {
            return RequestProgress.DELAYED;
        }
        boolean asked = worklist.ofCase(caseId.value()).stream()
                .anyMatch(w -> RelationshipProcess.TASK_ENDORSE.equals(w.elementId()));
        return asked ? RequestProgress.SPONSOR_ASKED : RequestProgress.PASSING_ON;
    }

    /** A request as stored, with whom it belongs to, before it is cut to what a viewer may read. */
    private record StoredRequest(UUID thinker, UUID coach, RequestDetails details) {
    }

}
