package org.coachingpool.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.people.MatchingFacts;
import org.coachingpool.people.OrganisationId;
import org.coachingpool.people.Seniority;
import org.coachingpool.pool.CoachProfile;
import org.coachingpool.pool.MemberKind;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.Modality;
import org.coachingpool.pool.Pledge;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.MeetingPreference;
import org.coachingpool.security.UserId;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks of ranking on random pools (seeded, so a failure repeats): nobody a rule
 * keeps out is ever offered, everyone else is, the order does not depend on the order the pool
 * was read in, and each score is its parts added up.
 */
class MatchScoringTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final OrganisationId COUNCIL = new OrganisationId(UUID.randomUUID());
    static final OrganisationId TRUST = new OrganisationId(UUID.randomUUID());
    static final OrganisationId COLLEGE = new OrganisationId(UUID.randomUUID());
    static final List<OrganisationId> ORGANISATIONS = List.of(COUNCIL, TRUST, COLLEGE);
    static final List<String> DEPARTMENTS = List.of("Finance", "Nursing", "Housing");

    @Test
    void rankingNeverOffersSomeoneARuleKeepsOutAndOffersEveryoneElse() {
        for (long seed = 1; seed <= 300; seed++) {
            var random = new Random(seed);
            var world = World.random(random);
            var ranked = MatchScoring.rank(world.facts, world.pool, world.weights, TODAY);
            Set<UserId> offered = new HashSet<>();
            ranked.forEach(c -> offered.add(c.id()));
            for (PoolMember member : world.pool) {
                boolean mustNot = mustNotBeOffered(world.facts, member);
                assertThat(offered.contains(member.person().id()))
                        .as("seed %d: %s offered although a rule keeps them out, or left out though none does",
                                seed, member.person().displayName())
                        .isEqualTo(!mustNot);
            }
        }
    }

    @Test
    void rankingIsTheSameWhateverOrderThePoolIsReadIn() {
        for (long seed = 1; seed <= 200; seed++) {
            var random = new Random(seed);
            var world = World.random(random);
            var first = MatchScoring.rank(world.facts, world.pool, world.weights, TODAY);
            var shuffled = new ArrayList<>(world.pool);
            Collections.shuffle(shuffled, new Random(seed * 31));
            var second = MatchScoring.rank(world.facts, shuffled, world.weights, TODAY);
            assertThat(second).as("seed %d", seed).isEqualTo(first);
        }
    }

    @Test
    void eachScoreIsItsPartsAddedUpAndTheListIsBestFirst() {
        for (long seed = 1; seed <= 200; seed++) {
            var world = World.random(new Random(seed));
            var ranked = MatchScoring.rank(world.facts, world.pool, world.weights, TODAY);
            for (int i = 0; i < ranked.size(); i++) {
                Candidate c = ranked.get(i);
                assertThat(c.rank()).isEqualTo(i + 1);
                assertThat(c.points().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.score());
                c.points().forEach((criterion, points) ->
                        assertThat(points).isBetween(0, world.weights.get(criterion)));
                if (i > 0) {
                    assertThat(c.score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
                }
            }
        }
    }

    @Test
    void reasonsSayInPlainWordsWhySomeoneRanksWhereTheyDo() {
        var thinker = person("Priya Shah", COUNCIL, "Adult Social Care", Seniority.TEAM_MANAGER);
        var coach = member(person("Alex Morgan", TRUST, "Organisational Development", Seniority.SENIOR_MANAGER),
                profile(MemberKind.BOTH, EnumSet.of(DevelopmentArea.LEADERSHIP), Modality.BOTH, "Coventry",
                        MemberStatus.ACTIVE, null, 3), 1, 1);
        var facts = new CaseFacts(thinker, newId(), false, Set.of(), Map.of(),
                EnumSet.of(DevelopmentArea.LEADERSHIP, DevelopmentArea.CONFIDENCE), MeetingPreference.IN_PERSON, "coventry");
        var ranked = MatchScoring.rank(facts, List.of(coach), weights(), TODAY);
        assertThat(ranked.getFirst().reasonsInWords()).isEqualTo("another organisation (Org " + TRUST.toString().substring(0, 4)
                + "); specialism: leadership; meets in person in Coventry; 1 relationship in the last year; 2 of 3 places free");
        assertThat(ranked.getFirst().points()).containsEntry(Criterion.OTHER_ORGANISATION, 30)
                .containsEntry(Criterion.SPECIALISM, 13).containsEntry(Criterion.MODALITY_AND_PLACE, 15)
                .doesNotContainKey(Criterion.SENIORITY).containsEntry(Criterion.FAIR_SPREAD, 5)
                .containsEntry(Criterion.CAPACITY, 3);
    }

    @Test
    void aZeroWeightLeavesItsCriterionOutOfTheOrder() {
        var thinker = person("Priya Shah", COUNCIL, "Adult Social Care", Seniority.TEAM_MANAGER);
        var sameOrganisation = member(person("Sam Okafor", COUNCIL, "Finance", Seniority.PRACTITIONER),
                profile(MemberKind.COACH, EnumSet.of(DevelopmentArea.CONFIDENCE), Modality.BOTH, null,
                        MemberStatus.ACTIVE, null, 3), 0, 0);
        var otherOrganisation = member(person("Alex Morgan", TRUST, "OD", Seniority.SENIOR_MANAGER),
                profile(MemberKind.COACH, EnumSet.noneOf(DevelopmentArea.class), Modality.BOTH, null,
                        MemberStatus.ACTIVE, null, 3), 0, 0);
        var facts = new CaseFacts(thinker, newId(), false, Set.of(), Map.of(),
                EnumSet.of(DevelopmentArea.CONFIDENCE), MeetingPreference.EITHER, null);
        var weights = weights();
        assertThat(MatchScoring.rank(facts, List.of(sameOrganisation, otherOrganisation), weights, TODAY))
                .extracting(Candidate::displayName).containsExactly("Alex Morgan", "Sam Okafor");
        weights.put(Criterion.OTHER_ORGANISATION, 0);
        assertThat(MatchScoring.rank(facts, List.of(sameOrganisation, otherOrganisation), weights, TODAY))
                .extracting(Candidate::displayName).containsExactly("Sam Okafor", "Alex Morgan");
    }

    /** The rules, written out again independently of MatchScoring, as the issue states them. */
    static boolean mustNotBeOffered(CaseFacts facts, PoolMember member) {
        var person = member.person();
        var profile = member.profile();
        boolean sameTeam = person.organisationId().equals(facts.thinker().organisationId())
                && person.department() != null && facts.thinker().department() != null
                && person.department().equalsIgnoreCase(facts.thinker().department());
        boolean paused = profile.status() == MemberStatus.PAUSED && profile.pausedUntil().isAfter(TODAY);
        boolean wrongKind = facts.mentoring() ? profile.kind() == MemberKind.COACH : profile.kind() == MemberKind.MENTOR;
        return person.id().equals(facts.thinker().id()) || person.id().equals(facts.sponsor())
                || facts.chain().contains(person.id()) || sameTeam || facts.tried().containsKey(person.id())
                || paused || profile.status() == MemberStatus.LEFT || profile.status() == MemberStatus.JOINING
                || wrongKind || !person.enabled()
                || member.running() >= profile.maxActiveRelationships();
    }

    static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    static Map<Criterion, Integer> weights() {
        var weights = new EnumMap<Criterion, Integer>(Criterion.class);
        weights.putAll(Map.of(Criterion.OTHER_ORGANISATION, 30, Criterion.SPECIALISM, 25, Criterion.MODALITY_AND_PLACE, 15,
                Criterion.SENIORITY, 15, Criterion.FAIR_SPREAD, 10, Criterion.CAPACITY, 5));
        return weights;
    }

    static MatchingFacts person(String name, OrganisationId organisation, String department, Seniority seniority) {
        var id = newId();
        return new MatchingFacts(id, name.toLowerCase().replace(' ', '.'), name, organisation,
                "Org " + organisation.toString().substring(0, 4), department, seniority, true);
    }

    static CoachProfile profile(MemberKind kind, Set<DevelopmentArea> specialisms, Modality modality, String location,
            MemberStatus status, LocalDate pausedUntil, int max) {
        return new CoachProfile(newId(), kind, Set.of(), specialisms, modality, location, null, null, null, status,
                pausedUntil, max, 12, 2, TODAY.minusYears(1), Instant.EPOCH);
    }

    static PoolMember member(MatchingFacts person, CoachProfile profile, int running, int recent) {
        return new PoolMember(person, profile, running, recent,
                new Pledge(12, TODAY.minusYears(1), TODAY.plusYears(1), 24, 0, 0, false));
    }

    /** A random pool around one case, with every rule likely to apply to someone. */
    record World(CaseFacts facts, List<PoolMember> pool, Map<Criterion, Integer> weights) {

        static World random(Random random) {
            var thinker = person("Thinker", pick(random, ORGANISATIONS), pick(random, DEPARTMENTS),
                    pick(random, List.of(Seniority.values())));
            List<PoolMember> pool = new ArrayList<>();
            Set<UserId> chain = new HashSet<>();
            Map<UserId, Matching.Exclusion> tried = new HashMap<>();
            UserId sponsor = null;
            int size = 5 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                var person = new MatchingFacts(newId(), "m" + i, "Member " + (char) ('A' + random.nextInt(6)),
                        pick(random, ORGANISATIONS), "Org", random.nextInt(4) == 0 ? null : pick(random, DEPARTMENTS),
                        random.nextInt(5) == 0 ? null : pick(random, List.of(Seniority.values())), random.nextInt(12) != 0);
                if (i == 0 && random.nextInt(3) == 0) {
                    person = thinker;
                }
                var status = pick(random, List.of(MemberStatus.ACTIVE, MemberStatus.ACTIVE, MemberStatus.ACTIVE,
                        MemberStatus.PAUSED, MemberStatus.LEFT, MemberStatus.JOINING));
                LocalDate pausedUntil = status == MemberStatus.PAUSED ? TODAY.plusDays(random.nextInt(20) - 5) : null;
                var areas = EnumSet.noneOf(DevelopmentArea.class);
                for (DevelopmentArea area : DevelopmentArea.values()) {
                    if (random.nextInt(3) == 0) {
                        areas.add(area);
                    }
                }
                var profile = new CoachProfile(person.id(), pick(random, List.of(MemberKind.values())), Set.of(), areas,
                        pick(random, List.of(Modality.values())), random.nextBoolean() ? "Coventry" : null, null, null,
                        null, status, pausedUntil, random.nextInt(5), 12, 2, TODAY.minusYears(1), Instant.EPOCH);
                pool.add(new PoolMember(person, profile, random.nextInt(4), random.nextInt(5),
                        new Pledge(12, TODAY, TODAY.plusYears(2), 24, 0, 0, false)));
                switch (random.nextInt(8)) {
                    case 0 -> chain.add(person.id());
                    case 1 -> tried.put(person.id(), pick(random, List.of(Matching.Exclusion.values())));
                    case 2 -> sponsor = sponsor == null ? person.id() : sponsor;
                    default -> { }
                }
            }
            var areas = EnumSet.noneOf(DevelopmentArea.class);
            areas.add(pick(random, List.of(DevelopmentArea.values())));
            var weights = new EnumMap<Criterion, Integer>(Criterion.class);
            for (Criterion criterion : Criterion.values()) {
                weights.put(criterion, random.nextInt(4) == 0 ? 0 : random.nextInt(101));
            }
            var facts = new CaseFacts(thinker, sponsor == null ? newId() : sponsor, random.nextBoolean(), chain,
                    tried, areas, pick(random, List.of(MeetingPreference.values())),
                    random.nextBoolean() ? "Coventry" : null);
            return new World(facts, pool, weights);
        }

        static <T> T pick(Random random, List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
