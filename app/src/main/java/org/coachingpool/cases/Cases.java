package org.coachingpool.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coachingpool.cases.repository.CaseRepository;
import org.coachingpool.people.People;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as rows: their stage, dates and participants, and who may see which. The only way a case
 * comes to be ({@link #open}) or leaves ({@link #erase}).
 */
@Service
public class Cases {

    /** How many cases a search on the board shows at most, newest first. */
    public static final int FOUND_MAX = 50;

    private final CaseRepository rows;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** People's names come from the people feature, which owns them, in one look-up per list. */
    private final People people;

    Cases(CaseRepository rows, Clock clock, ApplicationEventPublisher events, People people) {
        this.rows = rows;
        this.clock = clock;
        this.events = events;
        this.people = people;
    }

    /**
     * Opens a case for a thinker whose sponsor has been checked: its row, with a new reference,
     * at the stage {@link Stage#REQUESTED}.
     */
    @Transactional
    public CaseId open(UserId thinker, UserId sponsor, String kindWanted) {
        var id = new CaseId(UUID.randomUUID());
        rows.insert(id, thinker, sponsor, kindWanted, Stage.REQUESTED, clock.instant(), Year.now(clock).getValue());
        return id;
    }

    /**
     * The case as a person opening it sees it: as {@link #find(CaseId, CurrentUser)}, and a case
     * that exists but is not theirs is a refusal on record ({@link AccessRefused}).
     */
    public Optional<CaseSummary> visit(CaseId id, CurrentUser viewer) {
        Optional<CaseSummary> found = find(id);
        if (found.isPresent() && !mayView(found.get(), viewer)) {
            events.publishEvent(new AccessRefused(viewer.id(), id, "a case that is not theirs"));
            return Optional.empty();
        }
        return found;
    }

    /** A case as the given person may see it: their own as thinker, sponsor or coach, or any as pool admin. */
    public Optional<CaseSummary> find(CaseId id, CurrentUser viewer) {
        return find(id).filter(c -> mayView(c, viewer));
    }

    /** For services that already decided access. */
    public Optional<CaseSummary> find(CaseId id) {
        return named(rows.find(id).stream().toList()).stream().findFirst();
    }

    /** For services that already decided access: the cases found among these ids, by id. */
    public Map<CaseId, CaseSummary> byIds(Collection<CaseId> ids) {
        return named(rows.byIds(ids)).stream().collect(Collectors.toMap(CaseSummary::id, Function.identity()));
    }

    /** The cases whose relationship process is one of these instances, by instance key. */
    public Map<Long, CaseSummary> byProcessInstance(Collection<Long> processInstanceKeys) {
        if (processInstanceKeys.isEmpty()) {
            return Map.of();
        }
        return named(rows.byProcessInstance(processInstanceKeys)).stream()
                .collect(Collectors.toMap(CaseSummary::processInstanceKey, Function.identity()));
    }

    /** Ids of the cases whose reference matches the ILIKE pattern or whose thinker is one of these people. */
    public List<CaseId> idsMatching(String pattern, Collection<UserId> thinkers) {
        return rows.idsMatching(pattern, thinkers);
    }

    /** Ids of the cases at this stage. */
    public List<CaseId> idsInStage(Stage stage) {
        return rows.idsInStage(stage);
    }

    /** After a migration: the case's relationship process runs on another definition now. */
    @Transactional
    public void movedToDefinition(long processInstanceKey, long definitionKey) {
        rows.movedToDefinition(processInstanceKey, definitionKey);
    }

    /** Cases the person takes part in: as thinker, sponsor or current coach. */
    public List<CaseSummary> involving(CurrentUser user) {
        return involving(user.id());
    }

    /** Cases the person takes part in: as thinker, sponsor or current coach, newest first. */
    public List<CaseSummary> involving(UserId person) {
        return named(rows.involving(person));
    }

    static boolean mayView(CaseSummary summary, CurrentUser viewer) {
        return viewer.has(Role.POOL_ADMIN) || summary.thinker().equals(viewer.id())
                || summary.sponsor().equals(viewer.id()) || viewer.id().equals(summary.coach());
    }

    /** Every case whose relationship process was started, by its instance key: for reconciliation. */
    public Map<Long, ClosedCase> withProcess() {
        return rows.withProcess().stream()
                .collect(Collectors.toMap(ClosedCase::processInstanceKey, Function.identity()));
    }

    /** Every case not yet closed, for the pool admins' board. */
    public List<CaseSummary> open(CurrentUser admin) {
        if (!admin.has(Role.POOL_ADMIN)) {
            return List.of();
        }
        return named(rows.open());
    }

    /**
     * Any case, open or closed, by its reference (or part of it) or the name of the thinker, the
     * sponsor or the coach or mentor: for the pool team, newest first, at most {@link #FOUND_MAX}.
     */
    public List<CaseSummary> search(String text, CurrentUser admin) {
        if (!admin.has(Role.POOL_ADMIN) || text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.strip();
        var named = people.search(wanted, admin).stream().map(p -> p.id()).toList();
        return named(rows.search(wanted, named, FOUND_MAX));
    }

    /**
     * Moves a case to a stage and records where in which process it is. Idempotent: the engine
     * may deliver the same job twice, and a final stage is never left. The relationship
     * process's own instance and definition are kept from its first step; steps of called
     * processes only update the position.
     */
    @Transactional
    public void moveTo(CaseId id, Stage stage, ProcessPosition at) {
        var now = clock.instant();
        if (rows.moveTo(id, stage, at, at.inRelationshipProcess(), now)) {
            events.publishEvent(new CaseMoved(id, stage, now));
        }
    }

    /** The relationship definition a case runs and the last stage-setting step it passed. */
    public Optional<CasePosition> position(CaseId id) {
        return rows.position(id).map(p -> new CasePosition(p.relationshipDefinitionKey(), p.lastDefinitionKey(),
                p.lastElementId()));
    }

    /** Null parts are not known yet: the case has not passed a stage-setting step. */
    public record CasePosition(Long relationshipDefinitionKey, Long lastDefinitionKey, String lastElementId) {
    }

    /** The relationships a coach or mentor holds or held to the end, newest first (no content). */
    public List<CaseSummary> coachedBy(UserId coach) {
        return named(rows.coachedBy(coach));
    }

    /** How many relationships each coach or mentor is in now (matched and not closed). */
    public Map<UserId, Integer> runningByCoach() {
        return rows.runningByCoach().stream()
                .collect(Collectors.toMap(CaseRepository.Running::coach, CaseRepository.Running::cases));
    }

    /** The case has no coach any more if it was this one's (after a decline or a no-go). */
    @Transactional
    public void releaseCoach(CaseId id, UserId coach) {
        rows.releaseCoach(id, coach);
    }

    /** The case's coach or mentor is now this person (none if the username is nobody's). */
    @Transactional
    public void assignCoach(CaseId id, String coachUsername) {
        rows.assignCoach(id, people.idOf(coachUsername).orElse(null));
    }

    /** Up to {@code limit} cases that closed before the instant, the longest closed first. */
    public List<ClosedCase> closedBefore(Instant before, int limit) {
        return rows.closedBefore(before, limit);
    }

    /** The case as retention sees it, closed or not (closedAt is null while it runs). */
    public Optional<ClosedCase> ending(CaseId id) {
        return rows.ending(id);
    }

    /** The cases in which the person is the sponsor, newest first. */
    public List<CaseSummary> sponsoredBy(UserId sponsor) {
        return named(rows.sponsoredBy(sponsor));
    }

    /** The cases the person asked for as thinker, newest first. */
    public List<CaseSummary> asThinker(UserId thinker) {
        return named(rows.asThinker(thinker));
    }

    /** Cases not yet closed in which the person is the sponsor or the current coach or mentor. */
    public List<CaseSummary> openServedBy(UserId person) {
        return named(rows.openServedBy(person));
    }

    /**
     * Deletes the case and, through the schema's cascades, every row that hangs off it: request,
     * tasks, answers, sessions, meetings, mail and the rest (ADR 0023). Listeners to
     * {@link CaseErasing} first make any figures they keep elsewhere anonymous.
     *
     * @return whether there was such a case
     */
    @Transactional
    public boolean erase(CaseId id) {
        events.publishEvent(new CaseErasing(id));
        return rows.delete(id);
    }

    /** The cases with the names of the people in them. */
    private List<CaseSummary> named(List<CaseSummary> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        var ids = new HashSet<UserId>();
        cases.forEach(c -> {
            ids.add(c.thinker());
            ids.add(c.sponsor());
            if (c.coach() != null) {
                ids.add(c.coach());
            }
        });
        var names = people.names(ids);
        return cases.stream().map(c -> new CaseSummary(c.id(), c.reference(), c.thinker(), names.get(c.thinker()),
                c.sponsor(), names.get(c.sponsor()), c.kindWanted(), c.stage(), c.processInstanceKey(), c.requestedAt(),
                c.updatedAt(), c.coach(), c.coach() == null ? null : names.get(c.coach()))).toList();
    }
}
