package org.coachingpool.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.people.MatchingFacts;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.NaturalOrder;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.repository.PoolRepository;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's coaches and mentors: their profiles, the relationships they hold and their
 * pledges. Members change their own profile; the pool team changes any, and alone sets what a
 * member offers, their accreditations and their pledge.
 */
@Service
public class Pool {

    public static final int MAX_RELATIONSHIPS = 20;
    public static final int MAX_PLEDGED_HOURS = 200;
    public static final int LOCATION_MAX = 100;
    public static final int BIOGRAPHY_MAX = 1000;
    /** Supervision and CPD dates further ahead than this are taken as typing mistakes. */
    static final int DUE_DATE_YEARS_AHEAD = 5;
    private static final Set<String> OFFER_TASKS = Set.of(RelationshipProcess.TASK_OFFER,
            RelationshipProcess.TASK_OFFER_TO_MENTORS);

    private final PoolRepository pool;
    private final PledgeLedger ledger;
    private final People people;
    private final Cases cases;
    private final Sessions sessions;
    private final Worklist worklist;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Pool(PoolRepository pool, PledgeLedger ledger, People people, Cases cases, Sessions sessions, Worklist worklist,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.pool = pool;
        this.ledger = ledger;
        this.people = people;
        this.cases = cases;
        this.sessions = sessions;
        this.worklist = worklist;
        this.clock = clock;
    }

    /** Filters of the pool overview; a null part matches everyone. */
    public record Filter(String organisation, DevelopmentArea specialism, MemberStatus status) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /**
     * Every member with their relationships and pledge, for matching. Left members are included
     * (matching says why they are not offered).
     */
    public List<PoolMember> members() {
        return load(pool.profiles());
    }

    /** The pool as its team sees it, by name. */
    public List<PoolMember> overview(Filter filter, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, "Only the pool team can see the whole pool.");
        LocalDate today = LocalDate.now(clock);
        return members().stream()
                .filter(m -> filter.organisation() == null || filter.organisation().equals(m.person().organisation()))
                .filter(m -> filter.specialism() == null || m.profile().specialisms().contains(filter.specialism()))
                .filter(m -> filter.status() == null || m.profile().statusOn(today) == filter.status())
                .sorted(Comparator.comparing((PoolMember m) -> m.person().displayName(), NaturalOrder.NAMES).thenComparing(m -> m.person().id().value()))
                .toList();
    }

    /** Every member's profile alone, for what needs no relationships or pledge hours. */
    List<CoachProfile> profiles() {
        return pool.profiles();
    }

    /** Just the profile, for what needs no figures (one query, for every task list a coach opens). */
    Optional<CoachProfile> profileOf(UserId id) {
        return pool.profile(id);
    }

    /** A member as the member or the pool team sees them; empty for anyone else. */
    public Optional<PoolMember> member(UserId id, CurrentUser viewer) {
        if (!id.equals(viewer.id()) && !viewer.has(Role.POOL_ADMIN)) {
            return Optional.empty();
        }
        return pool.profile(id).flatMap(profile -> load(List.of(profile)).stream().findFirst());
    }

    /**
     * Holds the member's row until the caller's transaction ends, so that two offers to the same
     * member are weighed one after the other and never both take their last place.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForOffer(UserId id) {
        pool.lock(id);
    }

    /**
     * The member's relationships, running and finished: milestones only, never content. For the
     * member and the pool team; empty for anyone else.
     */
    public List<CaseSummary> history(UserId id, CurrentUser viewer) {
        if (!id.equals(viewer.id()) && !viewer.has(Role.POOL_ADMIN)) {
            return List.of();
        }
        return cases.coachedBy(id);
    }

    /** The biographies of the given members, for the thinker choosing from a shortlist. */
    public Map<UserId, String> biographies(Collection<UserId> ids) {
        return pool.biographies(ids);
    }

    /**
     * Changes a profile. A change made by the member keeps what only the pool team sets.
     *
     * @throws InvalidInputException with every problem, naming the field; nothing is stored
     */
    @Transactional
    public void updateProfile(UserId id, ProfileChange change, CurrentUser editor) {
        boolean admin = editor.has(Role.POOL_ADMIN);
        if (!admin && !id.equals(editor.id())) {
            throw new NotAllowedException("Only the member and the pool team can change this profile.");
        }
        PoolMember member = member(id, editor)
                .orElseThrow(() -> new InvalidInputException("profile", "This person is not a member of the pool."));
        CoachProfile stored = member.profile();
        // A joining member becomes active when the pool team approves their profile, not before.
        MemberStatus status = stored.status() == MemberStatus.JOINING ? MemberStatus.JOINING : change.status();
        ProfileChange effective = admin ? change : new ProfileChange(stored.kind(), stored.accreditations(),
                change.specialisms(), change.modality(), change.location(), change.biography(), change.supervisionDue(),
                change.cpdDue(), status, change.pausedUntil(), change.maxActiveRelationships(),
                stored.pledgedHoursPerYear(), stored.pledgeTermYears(), change.loadedAt());
        if (admin && stored.status() == MemberStatus.JOINING) {
            effective = new ProfileChange(effective.kind(), effective.accreditations(), effective.specialisms(),
                    effective.modality(), effective.location(), effective.biography(), effective.supervisionDue(),
                    effective.cpdDue(), MemberStatus.JOINING, null, effective.maxActiveRelationships(),
                    effective.pledgedHoursPerYear(), effective.pledgeTermYears(), effective.loadedAt());
        }
        validate(member, effective);
        ProfileChange tidy = new ProfileChange(effective.kind(), Set.copyOf(effective.accreditations()),
                Set.copyOf(effective.specialisms()), effective.modality(), blankToNull(effective.location()),
                blankToNull(effective.biography()), effective.supervisionDue(), effective.cpdDue(), effective.status(),
                effective.status() == MemberStatus.PAUSED ? effective.pausedUntil() : null,
                effective.maxActiveRelationships(), effective.pledgedHoursPerYear(), effective.pledgeTermYears(),
                effective.loadedAt());
        if (!pool.update(id, tidy, change.loadedAt(), clock.instant())) {
            throw new InvalidInputException("profile", "Someone changed this profile after you opened it. Reload the "
                    + "page to see their changes, then make yours again.");
        }
        events.publishEvent(new PoolMemberChanged(id));
        if (admin && !id.equals(editor.id())) {
            events.publishEvent(new AdminChange(editor.id(), AdminChange.Area.POOL, "Changed a pool member's profile: "
                    + tidy.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", up to "
                    + tidy.maxActiveRelationships() + " at a time, pledged " + tidy.pledgedHoursPerYear() + " hours a year", id));
        }
    }

    private void validate(PoolMember member, ProfileChange change) {
        LocalDate today = LocalDate.now(clock);
        String name = member.person().displayName();
        Integer max = change.maxActiveRelationships();
        boolean stopsOffers = change.status() != null && change.status() != MemberStatus.ACTIVE
                && member.profile().statusOn(today) == MemberStatus.ACTIVE;
        boolean joining = change.status() == MemberStatus.JOINING;
        var openOffers = stopsOffers ? worklist.openAssignedTo(member.person().username(), OFFER_TASKS) : List.<WorkItem>of();
        new Problems()
                .when(change.kind() == null, "kind", "Choose whether they coach, mentor or both.")
                .when(change.modality() == null, "modality", "Choose how they meet people.")
                .when(change.status() == null, "status", "Choose whether they are active, paused or have left.")
                .when(joining && member.profile().status() != MemberStatus.JOINING, "status",
                        "Only someone joining the pool can be marked as joining.")
                .when(change.status() == MemberStatus.PAUSED && change.pausedUntil() == null, "pausedUntil",
                        "Enter the date the pause ends, for example " + UkDates.date(today.plusMonths(3)) + ".")
                .when(change.status() == MemberStatus.PAUSED && change.pausedUntil() != null
                                && !change.pausedUntil().isAfter(today), "pausedUntil",
                        "The pause must end after today.")
                .when(change.status() == MemberStatus.PAUSED && change.pausedUntil() != null
                                && change.pausedUntil().isAfter(today.plusYears(2)), "pausedUntil",
                        "A pause can last up to two years. For longer, choose \"Left the pool\".")
                .when(!openOffers.isEmpty(), "status", name + " has an offer waiting for an answer (case "
                        + openOffers.stream().map(o -> o.caseReference()).filter(Objects::nonNull).distinct()
                                .reduce((a, b) -> a + ", " + b).orElse("") + "). Answer it first, then change the status.")
                .when(max == null || max < 0 || max > MAX_RELATIONSHIPS, "maxActiveRelationships",
                        "Enter the most relationships they can hold at once, a whole number from 0 to " + MAX_RELATIONSHIPS + ".")
                .when(max != null && max >= 0 && max < member.running(), "maxActiveRelationships",
                        name + " is in " + member.running() + " relationships now, so the most at once cannot be lower than "
                                + member.running() + ".")
                .when(change.pledgedHoursPerYear() == null || change.pledgedHoursPerYear() < 0
                                || change.pledgedHoursPerYear() > MAX_PLEDGED_HOURS, "pledgedHoursPerYear",
                        "Enter the hours pledged a year, a whole number from 0 to " + MAX_PLEDGED_HOURS + ".")
                .when(change.pledgeTermYears() == null || change.pledgeTermYears() < 1 || change.pledgeTermYears() > 5,
                        "pledgeTermYears", "Enter the length of the pledge in years, from 1 to 5.")
                .when(change.specialisms() == null, "specialisms", "Choose the areas they help with, or none.")
                .when(change.accreditations() == null, "accreditations", "Choose their accreditations, or none.")
                .check(() -> StorableText.require("location", "the location", change.location()))
                .when(change.location() != null && change.location().strip().length() > LOCATION_MAX, "location",
                        "The location must be " + LOCATION_MAX + " characters or fewer.")
                .check(() -> StorableText.require("biography", "the biography", change.biography()))
                .when(change.biography() != null && change.biography().strip().length() > BIOGRAPHY_MAX, "biography",
                        "The biography must be " + BIOGRAPHY_MAX + " characters or fewer.")
                .when(implausible(change.supervisionDue(), today), "supervisionDue",
                        "Enter a supervision date from 1 January 2000 to " + UkDates.date(today.plusYears(DUE_DATE_YEARS_AHEAD)) + ".")
                .when(implausible(change.cpdDue(), today), "cpdDue",
                        "Enter a CPD date from 1 January 2000 to " + UkDates.date(today.plusYears(DUE_DATE_YEARS_AHEAD)) + ".")
                .throwIfAny();
    }

    private static boolean implausible(LocalDate date, LocalDate today) {
        return date != null && (date.isBefore(LocalDate.of(2000, 1, 1)) || date.isAfter(today.plusYears(DUE_DATE_YEARS_AHEAD)));
    }

    private List<PoolMember> load(List<CoachProfile> profiles) {
        LocalDate today = LocalDate.now(clock);
        Map<UserId, MatchingFacts> facts = people.matchingFacts(profiles.stream().map(CoachProfile::id).toList());
        Map<UserId, Integer> running = cases.runningByCoach();
        // A term lasts at most five years, so no term in force began before this.
        LocalDate earliest = today.minusYears(5);
        Map<UserId, List<PoolRepository.LedgerEntry>> closed = pool.ledgerSince(earliest);
        Map<UserId, Integer> inRunning = sessions.minutesInRunningRelationships(earliest);
        LocalDate yearAgo = today.minusYears(1);
        return profiles.stream().filter(p -> facts.containsKey(p.id())).map(p -> {
            int now = running.getOrDefault(p.id(), 0);
            var entries = closed.getOrDefault(p.id(), List.of());
            int closedThisYear = (int) entries.stream().filter(e -> e.closedOn().isAfter(yearAgo)).count();
            return new PoolMember(facts.get(p.id()), p, now, now + closedThisYear,
                    ledger.pledgeOf(p, entries, inRunning.getOrDefault(p.id(), 0)));
        }).toList();
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
