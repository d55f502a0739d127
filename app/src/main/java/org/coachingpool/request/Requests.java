package org.coachingpool.request;

import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.platform.InvalidInputException;

import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.incidents.CaseStartRetry;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.worklist.Worklist;
import org.coachingpool.cases.Stage;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Requests for coaching or mentoring: each one opens a case and starts its process. A start the
 * engine did not take is retried, and reported so the pool team sees it.
 */
@Service
public class Requests implements CaseStartRetry {

    private static final Logger log = LoggerFactory.getLogger(Requests.class);
    public static final int GOALS_MAX = 4000;

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final CaseStarter starter;
    private final Incidents incidents;
    private final Worklist worklist;
    private final Clock clock;

    Requests(JdbcClient jdbc, UserDirectory directory, CaseStarter starter, Incidents incidents, Worklist worklist,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.starter = starter;
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
        var now = java.sql.Timestamp.from(clock.instant());
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
        jdbc.sql("""
                        insert into case_request (case_id, development_areas, goals, submission_token)
                        values (:id, :areas, :goals, :token)
                        """)
                .param("id", caseId.value())
                .param("areas", request.developmentAreas().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("goals", request.goals().strip())
                .param("token", submissionToken)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                startQuietly(caseId, thinker.username(), sponsor.username(), request.kindWanted());
            }
        });
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

    private Optional<CaseId> bySubmission(UUID token) {
        return jdbc.sql("select case_id from case_request where submission_token = :token").param("token", token)
                .query(UUID.class).optional().map(CaseId::new);
    }

    private void startQuietly(CaseId caseId, String thinker, String sponsor, KindWanted kind) {
        try {
            starter.start(caseId, thinker, sponsor, kind);
        } catch (RuntimeException e) {
            log.warn("Case {} is stored but its process did not start yet ({}); it will be started again", caseId,
                    e.getMessage());
            incidents.processDidNotStart(caseId, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        jdbc.sql("update case_request set process_started_at = coalesce(process_started_at, :now) where case_id = :id")
                .param("id", caseId.value())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        incidents.processStarted(caseId);
    }

    /** A pool admin asked to start a case whose process did not start. */
    @Override
    public void startAgain(CaseId caseId) {
        var pending = unstarted("c.id = :id", java.util.Map.of("id", caseId.value()));
        if (pending.isEmpty()) {
            // Started meanwhile (the minute-by-minute retry got there first): nothing holds it.
            incidents.processStarted(caseId);
        }
        pending.forEach(u -> startQuietly(u.caseId(), u.thinker(), u.sponsor(), u.kind()));
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

    /**
     * Starts processes for stored requests whose start did not reach the engine. Safe to repeat
     * (see {@link CaseStarter}).
     */
    @Scheduled(fixedDelayString = "${coachingpool.request.start-retry-interval:60s}",
            initialDelayString = "${coachingpool.request.start-retry-interval:60s}")
    void restartUnstarted() {
        var cutoff = java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(1)));
        unstarted("c.requested_at < :cutoff", java.util.Map.of("cutoff", cutoff))
                .forEach(u -> startQuietly(u.caseId(), u.thinker(), u.sponsor(), u.kind()));
    }

    private List<Unstarted> unstarted(String condition, java.util.Map<String, Object> params) {
        return jdbc.sql("""
                        select c.id, t.username as thinker, s.username as sponsor, c.kind_wanted
                        from relationship_case c
                        join case_request r on r.case_id = c.id
                        join user_account t on t.id = c.thinker_id
                        join user_account s on s.id = c.sponsor_id
                        where c.stage = 'REQUESTED' and r.process_started_at is null and c.process_instance_key is null
                          and %s
                        order by c.requested_at
                        limit 100
                        """.formatted(condition))
                .params(params)
                .query((rs, row) -> new Unstarted(new CaseId(rs.getObject("id", UUID.class)), rs.getString("thinker"),
                        rs.getString("sponsor"), KindWanted.valueOf(rs.getString("kind_wanted"))))
                .list();
    }

    private record Unstarted(CaseId caseId, String thinker, String sponsor, KindWanted kind) {
    }
}
