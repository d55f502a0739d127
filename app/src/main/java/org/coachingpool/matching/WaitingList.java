package org.coachingpool.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.matching.repository.MatchingRepository;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cases nobody could take when they were ranked. They wait, most urgent first and then longest
 * waiting; when a place may have come free (a relationship ended, a member came back or took more
 * on, a pause ran out) the list is ranked again in that order, each case that now has someone is
 * sent back to the pool team to match, and a place given to one case in this pass is not promised
 * to the next.
 */
@Service
public class WaitingList {

    /** The refusal for anyone but the pool team. */
    private static final String POOL_TEAM_ONLY = "Only the pool team can see the waiting list.";

    private static final Logger log = LoggerFactory.getLogger(WaitingList.class);

    /** How soon the pool team wants a waiting case matched. */
    public enum Urgency {
        URGENT("Urgent"), NORMAL("Normal");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final MatchingRepository repository;
    private final Matching matching;
    private final Cases cases;
    private final Requests requests;
    private final WaitingListMessages messages;
    private final Clock clock;
    /** One pass at a time, and a burst of changes makes one more pass, not one each. */
    private final ExecutorService passes = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "waiting-list");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passQueued = new AtomicBoolean();

    WaitingList(MatchingRepository repository, Matching matching, Cases cases, Requests requests,
            WaitingListMessages messages, Clock clock) {
        this.repository = repository;
        this.matching = matching;
        this.cases = cases;
        this.requests = requests;
        this.messages = messages;
        this.clock = clock;
    }

    /** The process found nobody for the case: it waits (again). Safe to call twice for one job. */
    @Transactional
    public void join(CaseId caseId, String supportKind) {
        repository.joinWaitingList(caseId.value(), "MENTORING".equals(supportKind), clock.instant());
    }

    /** Since when the case has been waiting, for the people in it and the pool team; empty if it is not. */
    public Optional<Instant> waitingSince(CaseId caseId, CurrentUser viewer) {
        if (cases.find(caseId, viewer).isEmpty()) {
            return Optional.empty();
        }
        return repository.waitingSince(caseId.value());
    }

    /** The list as the pool team works it, with why nobody fits each case now. */
    public List<WaitingCase> list(CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        var waiting = repository.waiting();
        Map<CaseId, CaseSummary> summaries = new HashMap<>();
        cases.open(admin).forEach(c -> summaries.put(c.id(), c));
        var now = matching.poolNow();
        LocalDate today = LocalDate.now(clock);
        List<WaitingCase> list = new ArrayList<>();
        for (var w : waiting) {
            var summary = summaries.get(new CaseId(w.caseId()));
            if (summary == null) {
                continue;
            }
            String because = matching.factsOf(w.caseId(), w.mentoring()).map(facts -> {
                Map<NotOffered, Integer> counts = new EnumMap<>(NotOffered.class);
                for (PoolMember member : now.forCase(w.caseId())) {
                    MatchScoring.exclusions(facts, member, today).forEach(rule -> counts.merge(rule, 1, Integer::sum));
                }
                return counts.entrySet().stream().sorted(Map.Entry.<NotOffered, Integer>comparingByValue().reversed())
                        .map(e -> e.getValue() + " " + words(e.getKey(), e.getValue()))
                        .collect(Collectors.joining("; "));
            }).orElse("");
            list.add(new WaitingCase(summary.id(), summary.reference(), summary.thinkerName(), w.mentoring(), w.since(),
                    Urgency.valueOf(w.urgency()), because.isEmpty() ? "Nobody in the pool offers this yet" : because));
        }
        return list;
    }

    /** @throws InvalidInputException when the case is not waiting any more */
    @Transactional
    public void setUrgency(CaseId caseId, Urgency urgency, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        if (urgency == null || !repository.setUrgency(caseId.value(), urgency.name())) {
            throw new InvalidInputException("urgency", "This case is not on the waiting list any more.");
        }
    }

    /**
     * Demand against supply: waiting cases by development area, kind of support and the thinker's
     * organisation, against active members with a place free who could help with it.
     */
    public Map<String, List<Gap>> gaps(CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        var waiting = repository.waiting();
        var members = matching.poolNow().members().stream()
                .filter(m -> m.profile().statusOn(LocalDate.now(clock)) == MemberStatus.ACTIVE && m.person().enabled()
                        && m.placesLeft() > 0)
                .toList();
        Map<String, List<Gap>> gaps = new LinkedHashMap<>();
        Map<DevelopmentArea, Integer> byArea = new EnumMap<>(DevelopmentArea.class);
        Map<String, Integer> byOrganisation = new TreeMap<>();
        int coaching = 0;
        int mentoring = 0;
        for (var w : waiting) {
            var id = new CaseId(w.caseId());
            requests.forMatching(id).ifPresent(r -> r.developmentAreas().forEach(a -> byArea.merge(a, 1, Integer::sum)));
            matching.factsOf(w.caseId(), w.mentoring()).ifPresent(f -> byOrganisation.merge(f.thinker().organisation(), 1,
                    Integer::sum));
            if (w.mentoring()) {
                mentoring++;
            } else {
                coaching++;
            }
        }
        List<Gap> areas = new ArrayList<>();
        for (DevelopmentArea area : DevelopmentArea.values()) {
            int supply = (int) members.stream().filter(m -> m.profile().specialisms().contains(area)).count();
            areas.add(new Gap(area.label(), byArea.getOrDefault(area, 0), supply));
        }
        gaps.put("Development area", areas);
        gaps.put("Kind of support", List.of(
                new Gap("Coaching", coaching, (int) members.stream().filter(m -> m.profile().kind().coaches()).count()),
                new Gap("Mentoring", mentoring, (int) members.stream().filter(m -> m.profile().kind().mentors()).count())));
        List<Gap> organisations = new ArrayList<>();
        byOrganisation.forEach((organisation, count) -> organisations.add(new Gap(organisation, count,
                (int) members.stream().filter(m -> !m.person().organisation().equals(organisation)).count())));
        gaps.put("Thinker's organisation (members from other organisations)", organisations);
        return gaps;
    }

    /** Asks for a pass over the list soon, off the caller's thread. */
    public void rankAgainSoon() {
        if (passQueued.compareAndSet(false, true)) {
            passes.execute(() -> {
                passQueued.set(false);
                try {
                    rankAgain();
                } catch (RuntimeException failed) {
                    log.warn("Ranking the waiting list again failed; the next change or the hourly pass tries again: {}",
                            failed.getMessage());
                }
            });
        }
    }

    /** A place was freed in a transaction: the list is ranked again once that commits. */
    record PlaceFreed() {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onPlaceFreed(PlaceFreed freed) {
        rankAgainSoon();
    }

    /** Pauses end on a date, with no event to say so: look hourly. */
    @Scheduled(fixedDelayString = "${coachingpool.matching.waiting-list-interval:1h}",
            initialDelayString = "${coachingpool.matching.waiting-list-interval:1h}")
    void hourly() {
        rankAgainSoon();
    }

    /**
     * Ranks every waiting case again against the pool as it is now, most urgent and longest
     * waiting first. A case whose best candidate still has a place takes that place for this pass,
     * and is sent back to be matched.
     *
     * @return how many cases were sent back to be matched
     */
    public int rankAgain() {
        var now = matching.poolNow();
        LocalDate today = LocalDate.now(clock);
        Map<UserId, Integer> promised = new HashMap<>();
        UUID pass = UUID.randomUUID();
        int sent = 0;
        for (var w : repository.waiting()) {
            var facts = matching.factsOf(w.caseId(), w.mentoring());
            if (facts.isEmpty()) {
                continue;
            }
            var members = now.forCase(w.caseId()).stream()
                    .map(m -> m.withHeld(m.held() + promised.getOrDefault(m.person().id(), 0))).toList();
            var ranked = MatchScoring.rank(facts.get(), members, now.weights(), today);
            if (!ranked.isEmpty()) {
                promised.merge(ranked.getFirst().id(), 1, Integer::sum);
                messages.placeMayBeFree(new CaseId(w.caseId()), pass);
                sent++;
            }
        }
        return sent;
    }

    private static String words(NotOffered rule, int count) {
        boolean one = count == 1;
        return switch (rule) {
            case NO_CAPACITY -> one ? "has no places free" : "have no places free";
            case WRONG_KIND -> one ? "offers the other kind of support" : "offer the other kind of support";
            case PAUSED -> one ? "is paused" : "are paused";
            case LEFT -> one ? "has left the pool" : "have left the pool";
            case JOINING -> one ? "is still joining the pool" : "are still joining the pool";
            case SAME_TEAM -> one ? "works in the thinker's team" : "work in the thinker's team";
            case LINE_MANAGEMENT_CHAIN -> one ? "is in the thinker's line-management chain"
                    : "are in the thinker's line-management chain";
            case DECLINED, NO_RESPONSE, CHEMISTRY_NO_GO -> one ? "was tried on this case" : "were tried on this case";
            case CANNOT_SIGN_IN -> one ? "cannot sign in" : "cannot sign in";
            case IS_THE_THINKER -> "is the thinker";
            case IS_THE_SPONSOR -> "is the sponsor";
        };
    }

}
