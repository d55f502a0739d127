package org.coachingpool.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.people.Workplace;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.pool.Pool;
import org.coachingpool.pool.ProfileChange;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MatchingTest extends EmbeddedStackTest {

    @Autowired Matching matching;
    @Autowired MatchingWeights weights;
    @Autowired People people;
    @Autowired Pool pool;
    @Autowired TestPool testPool;
    @Autowired TestUsers users;
    @Autowired CaseJourney journey;
    @Autowired TaskForms forms;
    @Autowired Cases cases;

    @Test
    void theThinkersLineManagementChainAndTeamAreNeverOfferedAndTheAdminCanSeeWhy() {
        CurrentUser admin = users.get("pooladmin");
        CurrentUser thinker = users.get("thinker");
        String reportsToThinker = testPool.coach();
        String sameTeam = testPool.coach();
        String free = testPool.coach();
        PersonRecord thinkerRecord = people.find(thinker.id(), admin).orElseThrow();
        move(reportsToThinker, thinkerRecord.organisation(), "Housing", thinker, admin);
        move(sameTeam, thinkerRecord.organisation(), thinkerRecord.workplace().department().toUpperCase(), null, admin);

        var id = journey.toMatching(KindWanted.COACHING);
        var ranked = matching.latestRanking(id);
        assertThat(ranked).extracting(Candidate::username).contains(free)
                .doesNotContain(reportsToThinker, sameTeam, "thinker", "sponsor", "coach3");

        var task = journey.task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH);
        var chain = matching.lookUp(task.id(), admin, users.get(reportsToThinker).displayName());
        assertThat(chain).singleElement().satisfies(l -> {
            assertThat(l.excluded()).isTrue();
            assertThat(l.reasons()).contains("is in Priya Shah's line-management chain");
        });
        var team = matching.lookUp(task.id(), admin, users.get(sameTeam).displayName());
        assertThat(team).singleElement().satisfies(l ->
                assertThat(l.reasons()).contains("works in Priya Shah's team (ADULT SOCIAL CARE)"));
        var mentorOnly = matching.lookUp(task.id(), admin, "Jo Evans");
        assertThat(mentorOnly).singleElement().satisfies(l -> assertThat(l.reasons()).contains("does not offer coaching"));
        var listed = matching.lookUp(task.id(), admin, users.get(free).displayName());
        assertThat(listed).singleElement().satisfies(l -> {
            assertThat(l.excluded()).isFalse();
            assertThat(l.listedRank()).isNotNull();
        });
    }

    @Test
    void eachCandidateComesWithAScoreItsPartsAndReasonsInPlainWords() {
        String specialist = testPool.coach();
        CurrentUser coach = users.get(specialist);
        var profile = pool.member(coach.id(), coach).orElseThrow().profile();
        var change = ProfileChange.of(profile);
        pool.updateProfile(coach.id(), new ProfileChange(change.kind(), change.accreditations(),
                EnumSet.of(DevelopmentArea.LEADERSHIP), change.modality(), null, null, null, null, change.status(), null,
                change.maxActiveRelationships(), change.pledgedHoursPerYear(), change.pledgeTermYears(), change.loadedAt()),
                coach);

        var id = journey.toMatching(KindWanted.COACHING);
        Candidate candidate = matching.latestRanking(id).stream().filter(c -> c.username().equals(specialist))
                .findFirst().orElseThrow();
        assertThat(candidate.reasons()).contains("specialism: leadership").anyMatch(r -> r.startsWith("another organisation"));
        assertThat(candidate.points().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(candidate.score());
        assertThat(candidate.points().get(Criterion.SPECIALISM)).isEqualTo(weights.current().get(Criterion.SPECIALISM));
    }

    @Test
    void thePoolTeamChangesTheWeightsAndEveryChangeIsKept() {
        CurrentUser admin = users.get("pooladmin");
        Map<Criterion, Integer> before = weights.current();
        try {
            assertThatThrownBy(() -> weights.change(Map.of(Criterion.CAPACITY, 101), admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("CAPACITY"));
            assertThat(weights.current()).isEqualTo(before);
            assertThatThrownBy(() -> weights.change(Map.of(Criterion.CAPACITY, 1), users.get("coach1")))
                    .isInstanceOf(NotAllowedException.class);

            int changed = weights.change(Map.of(Criterion.CAPACITY, before.get(Criterion.CAPACITY) + 1,
                    Criterion.SPECIALISM, before.get(Criterion.SPECIALISM)), admin);
            assertThat(changed).as("only the weight that differs is a change").isEqualTo(1);
            assertThat(weights.current().get(Criterion.CAPACITY)).isEqualTo(before.get(Criterion.CAPACITY) + 1);
            assertThat(weights.history(admin).getFirst()).satisfies(c -> {
                assertThat(c.criterion()).isEqualTo(Criterion.CAPACITY);
                assertThat(c.oldWeight()).isEqualTo(before.get(Criterion.CAPACITY));
                assertThat(c.changedByName()).isEqualTo("Morgan Hughes");
            });
        } finally {
            weights.change(before, admin);
        }
    }

    @Test
    void aPlaceHeldForAnOfferWaitingForAnAnswerIsNeverOfferedTwice() {
        CurrentUser admin = users.get("pooladmin");
        String username = testPool.coach();
        CurrentUser coach = users.get(username);
        setPlaces(coach, 1, admin);
        var first = journey.toMatching(KindWanted.COACHING);
        var second = journey.toMatching(KindWanted.COACHING);
        var firstTask = journey.task("pooladmin", first, RelationshipProcess.TASK_CHOOSE_MATCH);
        var secondTask = journey.task("pooladmin", second, RelationshipProcess.TASK_CHOOSE_MATCH);
        assertThat(matching.candidatesFor(secondTask.id(), admin)).extracting(Candidate::username).contains(username);

        matching.choose(firstTask.id(), admin, Matching.Mode.OFFER_ONE, List.of(username));
        assertThatThrownBy(() -> matching.choose(secondTask.id(), admin, Matching.Mode.OFFER_ONE,
                List.of(username)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("coaches");
                    assertThat(e.getMessage()).contains("cannot be offered this case any more")
                            .contains("held for an offer waiting for an answer");
                });
        assertThat(journey.task("pooladmin", second, RelationshipProcess.TASK_CHOOSE_MATCH).id())
                .as("the second case still waits to be matched").isEqualTo(secondTask.id());

        journey.answer(username, first, RelationshipProcess.TASK_OFFER, Map.of("offerResponse", "DECLINED", "declineReason", "Full this month"));
        var again = matching.lookUp(secondTask.id(), admin, coach.displayName());
        assertThat(again).singleElement().satisfies(l -> assertThat(l.excluded())
                .as("a declined offer frees the place").isFalse());
    }

    @Test
    void aShortlistHoldsNobodyAndAThinkerWhoChoosesSomeoneNowFullIsAskedToChooseAgain() {
        CurrentUser admin = users.get("pooladmin");
        String username = testPool.coach();
        String other = testPool.coach();
        CurrentUser coach = users.get(username);
        setPlaces(coach, 1, admin);
        var shortlisted = journey.toMatching(KindWanted.COACHING);
        matching.choose(journey.task("pooladmin", shortlisted, RelationshipProcess.TASK_CHOOSE_MATCH).id(), admin,
                Matching.Mode.SHORTLIST, List.of(username, other));
        var offered = journey.toMatching(KindWanted.COACHING);
        matching.choose(journey.task("pooladmin", offered, RelationshipProcess.TASK_CHOOSE_MATCH).id(), admin,
                Matching.Mode.OFFER_ONE, List.of(username));

        var pick = journey.task("thinker", shortlisted, RelationshipProcess.TASK_CHOOSE_FROM_SHORTLIST);
        assertThatThrownBy(() -> matching.chooseFromShortlist(pick.id(), users.get("thinker"), username))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("coach");
                    assertThat(e.getMessage()).contains("Choose someone else");
                });
        matching.chooseFromShortlist(pick.id(), users.get("thinker"), other);
        assertThat(journey.task(other, shortlisted, RelationshipProcess.TASK_OFFER)).isNotNull();
    }

    @Test
    void twoMentorsVolunteeringAtOnceExactlyOneIsMatchedAndTheOtherIsTold() throws Exception {
        CurrentUser admin = users.get("pooladmin");
        String one = testPool.mentor();
        String two = testPool.mentor();
        var id = journey.toMatching(KindWanted.MENTORING);
        var choose = journey.task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH);
        matching.choose(choose.id(), admin, Matching.Mode.MENTOR_LIST, List.of());
        var tasks = List.of(journey.task(one, id, RelationshipProcess.TASK_OFFER_TO_MENTORS),
                journey.task(two, id, RelationshipProcess.TASK_OFFER_TO_MENTORS));
        var names = List.of(one, two);

        var start = new CyclicBarrier(2);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<String>>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                results.add(executor.submit(() -> {
                    start.await();
                    try {
                        forms.submit(tasks.get(n).id(), users.get(names.get(n)), Map.of("volunteer", "YES"));
                        return "matched";
                    } catch (InvalidInputException told) {
                        return told.getMessage();
                    }
                }));
            }
            var outcomes = List.of(results.get(0).get(), results.get(1).get());
            assertThat(outcomes).containsOnlyOnce("matched");
            assertThat(outcomes).anyMatch(o -> o.startsWith("Another mentor volunteered a moment ago"));
            String winner = names.get(outcomes.indexOf("matched"));
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(cases.find(id).orElseThrow().coach()).isEqualTo(users.get(winner).id()));
        } finally {
            executor.shutdownNow();
        }
    }

    private void setPlaces(CurrentUser coach, int places, CurrentUser admin) {
        var change = ProfileChange.of(pool.member(coach.id(), admin).orElseThrow().profile());
        pool.updateProfile(coach.id(), new ProfileChange(change.kind(), change.accreditations(), change.specialisms(),
                change.modality(), null, null, null, null, change.status(), null, places, change.pledgedHoursPerYear(),
                change.pledgeTermYears(), change.loadedAt()), admin);
    }

    private void move(String username, String organisation, String department, CurrentUser lineManager,
            CurrentUser admin) {
        PersonRecord person = people.find(users.get(username).id(), admin).orElseThrow();
        people.update(person.id(), person.displayName(), person.email(), organisation, person.roles(),
                new Workplace(department, null, null, null, lineManager == null ? null : lineManager.id()), admin);
    }
}
