package org.coachingpool.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.repository.MatchingRepository;
import org.coachingpool.people.People;
import org.coachingpool.pool.Pool;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.request.Requests;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.NaturalOrder;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the pool for a case, explains the ranking and remembers who may not be offered the case
 * again.
 *
 * <p>The rules that keep a member out and the score that orders the rest are in
 * {@link MatchScoring}; the weights are the pool team's ({@link MatchingWeights}). Each round's
 * ranking is stored with its breakdown, so the pool admin sees why someone ranks where they do,
 * as it was when the round was ranked.
 */
@Service
public class Matching {

    public enum Exclusion { DECLINED, NO_RESPONSE, CHEMISTRY_NO_GO }

    /** How the pool admin matches: offer one coach, let the thinker choose, or ask the mentor list. */
    public enum Mode { OFFER_ONE, SHORTLIST, MENTOR_LIST }

    static final int SHORTLIST_MAX = 3;
    static final int LOOKUP_MAX = 20;

    private final MatchingRepository repository;
    private final MatchingWeights weights;
    private final Pool pool;
    private final People people;
    private final Cases cases;
    private final Requests requests;
    private final Clock clock;
    private final Worklist worklist;

    private final ApplicationEventPublisher events;

    Matching(MatchingRepository repository, MatchingWeights weights, Pool pool, People people, Cases cases,
            Requests requests, Clock clock, Worklist worklist, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.weights = weights;
        this.pool = pool;
        this.people = people;
        this.cases = cases;
        this.requests = requests;
        this.clock = clock;
        this.worklist = worklist;
    }

    /** The case behind a pool admin's matching task. */
    public CaseId caseOf(WorkItemId itemId, CurrentUser admin) {
        return task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH).caseId();
    }

    public List<Candidate> candidatesFor(WorkItemId itemId,
            CurrentUser admin) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        return latestRanking(item.caseId());
    }

    /** The ways this case can be matched: the mentor list only for a request triaged as mentoring. */
    public List<Mode> modesFor(WorkItemId itemId, CurrentUser admin) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        return "MENTORING".equals(item.context().get("supportKind")) ? List.of(Mode.values())
                : List.of(Mode.OFFER_ONE, Mode.SHORTLIST);
    }

    /**
     * Records how the pool admin matches. Coaches must come from the latest ranking; the mentor
     * list is for mentoring only.
     *
     * @throws InvalidInputException naming what to correct
     */
    @Transactional
    public void choose(WorkItemId itemId, CurrentUser admin,
            Mode mode, List<String> coaches) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        if (mode == null) {
            throw new InvalidInputException("mode", "Choose how to match.");
        }
        var ranked = latestRanking(item.caseId()).stream().map(Candidate::username).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("matchMode", mode.name());
        switch (mode) {
            case OFFER_ONE -> {
                if (coaches.size() != 1 || !ranked.contains(coaches.getFirst())) {
                    throw new InvalidInputException("coaches",
                            "Choose one coach or mentor from the list to offer the case to.");
                }
                variables.put("offeredCoach", coaches.getFirst());
            }
            case SHORTLIST -> {
                if (coaches.isEmpty() || coaches.size() > SHORTLIST_MAX || !ranked.containsAll(coaches)) {
                    throw new InvalidInputException("coaches",
                            "Choose one to three people from the list for the thinker to choose from.");
                }
                variables.put("shortlist", List.copyOf(coaches));
            }
            case MENTOR_LIST -> {
                if (!"MENTORING".equals(item.context().get("supportKind")) || ranked.isEmpty()) {
                    throw new InvalidInputException("mode",
                            "Only a mentoring request with mentors available can go to the mentor list.");
                }
            }
        }
        // The shortlist holds nobody while the thinker chooses (they may take their time); the one
        // they choose is checked and held then.
        if (mode == Mode.OFFER_ONE) {
            holdForOffer(item, coaches);
        }
        worklist.complete(itemId, RelationshipProcess.TASK_CHOOSE_MATCH, admin, variables);
    }

    /** The people on the thinker's shortlist, with their names. */
    public List<Candidate> shortlistFor(WorkItemId itemId,
            CurrentUser thinker) {
        var item = task(itemId, thinker, RelationshipProcess.TASK_CHOOSE_FROM_SHORTLIST);
        List<?> shortlist = item.context().get("shortlist") instanceof List<?> list ? list : List.of();
        return latestRanking(item.caseId()).stream().filter(c -> shortlist.contains(c.username())).toList();
    }

    /** @throws InvalidInputException when the choice is not on the shortlist */
    @Transactional
    public void chooseFromShortlist(WorkItemId itemId,
            CurrentUser thinker, String coach) {
        var shortlist = shortlistFor(itemId, thinker);
        if (shortlist.stream().noneMatch(c -> c.username().equals(coach))) {
            throw new InvalidInputException("coach", "Choose one of the people listed.");
        }
        try {
            holdForOffer(worklist.get(itemId, thinker), List.of(coach));
        } catch (InvalidInputException full) {
            throw new InvalidInputException("coach", "The person you chose cannot take this on any more: their "
                    + "places have filled since the list was made. Choose someone else, please.");
        }
        worklist.complete(itemId, RelationshipProcess.TASK_CHOOSE_FROM_SHORTLIST, thinker, Map.of("offeredCoach", coach));
    }

    /**
     * Checks that the chosen people can still be offered the case now (a place may have gone to
     * another offer since the list was made) and holds a place for each. Their rows stay locked
     * until the transaction ends, so a second offer of the same last place waits and then finds it
     * held.
     */
    private void holdForOffer(WorkItem item, List<String> usernames) {
        var ids = new ArrayList<UserId>();
        for (String username : usernames) {
            ids.add(people.idOf(username).orElseThrow(() -> new InvalidInputException("coaches",
                    "Choose people from the list.")));
        }
        // A fixed order, so two offers of overlapping people never wait for each other.
        ids.stream().sorted(Comparator.comparing(UserId::value))
                .forEach(pool::lockForOffer);
        var now = evaluate(item.caseId().value(), "MENTORING".equals(item.context().get("supportKind")));
        var problems = new ArrayList<String>();
        for (var id : ids) {
            if (now.ranked().stream().noneMatch(c -> c.id().equals(id))) {
                now.excluded().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(e ->
                        problems.add(e.displayName() + " cannot be offered this case any more: "
                                + String.join("; ", e.because()) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("coaches", String.join(" ", problems) + " Choose someone else.");
        }
        ids.forEach(id -> repository.hold(item.caseId().value(), id, clock.instant()));
    }

    /**
     * The offer was answered: the coach's place is no longer held. An acceptance makes them the
     * case's coach at once, so their place is never free in between.
     */
    void offerAnswered(WorkItem offer, CurrentUser coach, boolean accepted) {
        repository.release(offer.caseId().value(), coach.id(), clock.instant());
        if (accepted) {
            cases.assignCoach(offer.caseId(), coach.username());
        }
    }

    /**
     * A mentor volunteers from the mentor list. The first one wins; anyone at the same moment,
     * or who has no place free any more, is refused and told.
     */
    void volunteered(WorkItem offer, CurrentUser mentor) {
        pool.lockForOffer(mentor.id());
        var now = evaluate(offer.caseId().value(), true);
        var refused = now.excluded().stream().filter(e -> e.id().equals(mentor.id())).findFirst();
        if (refused.isPresent()) {
            throw new InvalidInputException("volunteer", "You cannot take this on at the moment: "
                    + String.join("; ", refused.get().because()).replaceFirst("^has ", "you have ") + ".");
        }
        int round = repository.latestRoundNumber(offer.caseId().value());
        if (!repository.claimVolunteer(offer.caseId().value(), round, mentor.id(), offer.id().value(), clock.instant())) {
            throw new InvalidInputException("volunteer", "Another mentor volunteered a moment ago, so this request "
                    + "is matched. Thank you for offering: you will hear about the next one.");
        }
        cases.assignCoach(offer.caseId(), mentor.username());
    }

    /** A case that ended holds nobody. */
    void caseEnded(CaseId caseId) {
        repository.release(caseId.value(), null, clock.instant());
    }

    private WorkItem task(WorkItemId itemId,
            CurrentUser user, String elementId) {
        var item = worklist.get(itemId, user);
        if (!elementId.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not about matching.");
        }
        return item;
    }

    /** Ranks candidates for a new matching round and stores the ranking. */
    @Transactional
    public List<Candidate> rank(CaseId caseId, String supportKind) {
        List<Candidate> ranked = evaluate(caseId.value(), "MENTORING".equals(supportKind)).ranked();
        repository.saveRound(caseId.value(), ranked);
        if (!ranked.isEmpty()) {
            repository.leaveWaitingList(caseId.value(), clock.instant());
        }
        return ranked;
    }

    /** The ranking the pool as it is now would give, without storing it (for benchmarks and look-ups). */
    public List<Candidate> rankNow(CaseId caseId, boolean mentoring) {
        return evaluate(caseId.value(), mentoring).ranked();
    }

    /**
     * Pool members whose name contains the text, each with where they would rank now or every
     * rule that keeps them out: for the pool admin asking "why is this person not listed?".
     */
    public List<Lookup> lookUp(WorkItemId itemId, CurrentUser admin, String name) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String wanted = name.strip().toLowerCase(Locale.UK);
        var now = evaluate(item.caseId().value(), "MENTORING".equals(item.context().get("supportKind")));
        var stored = latestRanking(item.caseId()).stream().collect(Collectors.toMap(
                Candidate::id, Candidate::rank));
        List<Lookup> found = new ArrayList<>();
        for (Candidate c : now.ranked()) {
            if (c.displayName().toLowerCase(Locale.UK).contains(wanted)) {
                found.add(new Lookup(c.displayName(), c.organisation(), stored.get(c.id()), c.rank(), c.score(),
                        c.reasons()));
            }
        }
        for (Excluded e : now.excluded()) {
            if (e.displayName().toLowerCase(Locale.UK).contains(wanted)) {
                found.add(new Lookup(e.displayName(), null, null, null, null, e.because()));
            }
        }
        return found.stream().sorted(Comparator.comparing(Lookup::displayName, NaturalOrder.NAMES)).limit(LOOKUP_MAX).toList();
    }

    /**
     * A member found by name: their rank in the list shown (null if not in it), the rank they
     * would have now (null when a rule keeps them out), and the reasons or the rules.
     */
    public record Lookup(String displayName, String organisation, Integer listedRank, Integer rankNow, Integer score,
            List<String> reasons) {

        public boolean excluded() {
            return rankNow == null;
        }
    }

    record Evaluation(List<Candidate> ranked, List<Excluded> excluded) {
    }

    /** The pool as ranking sees it now: members with places held for offers on other cases. */
    record PoolNow(List<PoolMember> members, Map<UserId,
            Set<UUID>> holds, Map<Criterion, Integer> weights) {

        List<PoolMember> forCase(UUID caseId) {
            return members.stream().map(m -> {
                var heldFor = holds.getOrDefault(m.person().id(), Set.of());
                return m.withHeld(m.held() + (int) heldFor.stream().filter(held -> !held.equals(caseId)).count());
            }).toList();
        }
    }

    PoolNow poolNow() {
        return new PoolNow(pool.members(), repository.openHolds(), weights.current());
    }

    /** What ranking compares of a case; empty when the case or its request is gone. */
    Optional<CaseFacts> factsOf(UUID caseId, boolean mentoring) {
        CaseId id = new CaseId(caseId);
        var summary = cases.find(id);
        var request = requests.forMatching(id);
        if (summary.isEmpty() || request.isEmpty()) {
            return Optional.empty();
        }
        var thinker = people.matchingFacts(List.of(summary.get().thinker())).get(summary.get().thinker());
        return Optional.of(new CaseFacts(thinker, summary.get().sponsor(), mentoring,
                people.lineManagementChain(summary.get().thinker()), repository.exclusions(caseId),
                request.get().developmentAreas(), request.get().meeting(), request.get().place()));
    }

    Evaluation evaluate(UUID caseId, boolean mentoring) {
        var facts = factsOf(caseId, mentoring)
                .orElseThrow(() -> new IllegalStateException("no case or request " + caseId));
        // A place held for an offer on another case is taken; one held for this case is not.
        var now = poolNow();
        var members = now.forCase(caseId);
        var today = LocalDate.now(clock);
        var currentWeights = now.weights();
        List<Excluded> excluded = new ArrayList<>();
        for (var member : members) {
            if (MatchScoring.evaluate(facts, member, currentWeights, today) instanceof MatchScoring.Out out) {
                excluded.add(out.excluded());
            }
        }
        return new Evaluation(MatchScoring.rank(facts, members, currentWeights, today), excluded);
    }

    /** The latest ranking of a case, for the pool admin choosing how to match. */
    public List<Candidate> latestRanking(CaseId caseId) {
        var stored = repository.latestRound(caseId.value());
        var ids = stored.stream().map(MatchingRepository.StoredCandidate::coach).toList();
        var names = people.matchingFacts(ids);
        var biographies = pool.biographies(ids);
        return stored.stream().filter(c -> names.containsKey(c.coach())).map(c -> {
            var person = names.get(c.coach());
            return new Candidate(c.rank(), c.coach(), person.username(), person.displayName(), person.organisation(),
                    c.capacityLeft(), c.otherOrganisation(), c.score(), c.points(), c.reasons(),
                    biographies.get(c.coach()));
        }).toList();
    }

    /**
     * Keeps a coach from being offered the case again, and frees the case from them if they
     * were its coach. Idempotent on the engine job that asked for it.
     *
     * @return how many chemistry no-gos the case has had
     */
    @Transactional
    public int exclude(CaseId caseId, String coachUsername, Exclusion reason, long jobKey) {
        people.idOf(coachUsername).ifPresent(coach -> {
            repository.exclude(caseId.value(), coach, reason, jobKey, clock.instant());
            repository.release(caseId.value(), coach, clock.instant());
            cases.releaseCoach(caseId, coach);
        });
        int noGos = repository.noGos(caseId.value());
        if (reason == Exclusion.CHEMISTRY_NO_GO) {
            events.publishEvent(new ChemistryNoGos(caseId, noGos));
        }
        return noGos;
    }
}
