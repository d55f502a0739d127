package org.coachingpool.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.notification.Notifications;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.PledgeLedger;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.SessionRecord;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.TaskDrafts;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole relationships on the embedded stack, driven through the app's services: the real
 * engine, the real workers and PostgreSQL. Checks the case row, who received which task, the
 * sessions each role may see, and the pledge ledger.
 */
class RelationshipLifecycleTest extends EmbeddedStackTest {

    @Autowired TaskDrafts drafts;
    @Autowired JdbcClient jdbc;
    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Worklist worklist;
    @Autowired Cases cases;
    @Autowired Sessions sessions;
    @Autowired Matching matching;
    @Autowired Notifications notifications;
    @Autowired PledgeLedger ledger;
    @Autowired TestUsers users;
    @Autowired TestPool pool;
    @Autowired CaseJourney journey;

    /** Which task each person received, by user name. */
    final Map<String, Set<String>> received = new HashMap<>();

    @Test
    void aCoachingRelationshipRunsFromRequestToCloseAndItsHoursReachTheLedger() {
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        CurrentUser admin = users.get("pooladmin");
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        int minutesBefore = 0;
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.LEADERSHIP),
                "Grow as a leader", sponsor.id()), UUID.randomUUID());

        WorkItem endorse = awaitTask(sponsor, id, RelationshipProcess.TASK_ENDORSE);
        endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, true, null, null));
        complete(admin, id, RelationshipProcess.TASK_TRIAGE, Map.of("triageDecision", "COACHING"));

        awaitTask(admin, id, RelationshipProcess.TASK_CHOOSE_MATCH);
        List<Candidate> ranked = matching.latestRanking(id);
        assertThat(ranked).extracting(Candidate::username)
                .as("coaches who offer coaching; never the thinker or their sponsor")
                .contains(coachName).doesNotContain("coach3", "thinker", "sponsor");
        assertThat(ranked.getFirst().otherOrganisation()).as("another organisation ranks first").isTrue();
        complete(admin, id, RelationshipProcess.TASK_CHOOSE_MATCH, Map.of("matchMode", "OFFER_ONE", "offeredCoach",
                coachName));
        complete(coach, id, RelationshipProcess.TASK_OFFER, Map.of("offerResponse", "ACCEPTED"));
        complete(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY, Map.of("chemistry", "GO"));
        complete(thinker, id, RelationshipProcess.TASK_THINKER_CHEMISTRY, Map.of("chemistry", "GO"));
        awaitStage(id, Stage.CONTRACTING);

        complete(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT, Map.of("sponsorInvolvement", "FULL",
                "plannedSessions", 2, "reviewDate", LocalDate.now().plusMonths(4).toString()));
        complete(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS, Map.of("thinkerContract", "AGREE"));
        complete(sponsor, id, RelationshipProcess.TASK_SPONSOR_CONFIRMS, Map.of("sponsorContract", "AGREE"));

        logSession(coach, id, 90, "Confidential: talked about the restructure", "Book a meeting with HR");
        logSession(coach, id, 60, "Confidential: second conversation", "Try the new team huddle");
        complete(coach, id, RelationshipProcess.TASK_NEXT_STEP, Map.of("nextStep", "REVIEW"));
        complete(coach, id, RelationshipProcess.TASK_HOLD_REVIEW, Map.of());
        complete(sponsor, id, RelationshipProcess.TASK_RECORD_OBSERVATIONS, Map.of());
        complete(thinker, id, RelationshipProcess.TASK_EVALUATE, Map.of());
        complete(coach, id, RelationshipProcess.TASK_REFLECT, Map.of());

        CaseSummary closed = awaitStage(id, Stage.CLOSED);
        assertThat(closed.stage().isFinal()).isTrue();
        // Issue 28: the thinker hears who they were matched with, and everyone in it that it closed.
        var mails = jdbc.sql("select recipient_id, subject, body from mail_outbox where case_id = :id")
                .param("id", id.value()).query((rs, n) -> List.of(rs.getObject(1).toString(),
                        rs.getString(2), rs.getString(3))).list();
        assertThat(mails).filteredOn(m -> m.get(1).startsWith("You have been matched with a coach"))
                .singleElement().satisfies(m -> {
                    assertThat(m.get(0)).isEqualTo(thinker.id().value().toString());
                    assertThat(m.get(2)).contains(closed.coachName());
                });
        assertThat(mails).filteredOn(m -> m.get(1).equals("The coaching relationship " + closed.reference() + " has closed"))
                .extracting(m -> m.get(0)).containsExactlyInAnyOrder(thinker.id().value().toString(),
                        sponsor.id().value().toString(), users.get(coachName).id().value().toString());
        assertThat(mails).extracting(m -> m.get(2)).noneMatch(body -> body.contains("Confidential"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ledger.minutesGiven(users.get(coachName).id(), LocalDate.now().getYear())).isEqualTo(minutesBefore + 150));

        assertThat(received.get("sponsor")).containsExactlyInAnyOrder(RelationshipProcess.TASK_ENDORSE,
                RelationshipProcess.TASK_SPONSOR_CONFIRMS, RelationshipProcess.TASK_RECORD_OBSERVATIONS);
        assertThat(received.get("thinker")).containsExactlyInAnyOrder(RelationshipProcess.TASK_THINKER_CHEMISTRY,
                RelationshipProcess.TASK_THINKER_CONFIRMS, RelationshipProcess.TASK_EVALUATE);
        assertThat(received.get("pooladmin")).containsExactlyInAnyOrder(RelationshipProcess.TASK_TRIAGE,
                RelationshipProcess.TASK_CHOOSE_MATCH);
        assertThat(worklist.ofCase(id)).allMatch(item -> item.state().name().equals("COMPLETED"));

        // Confidentiality: the notes reach only their author; actions reach the thinker too.
        assertThat(sessions.forCase(id, coach)).extracting(SessionRecord::privateNotes)
                .allMatch(notes -> notes.startsWith("Confidential"));
        assertThat(sessions.forCase(id, thinker)).extracting(SessionRecord::privateNotes).containsOnlyNulls();
        assertThat(sessions.forCase(id, thinker)).extracting(SessionRecord::sharedActions).doesNotContainNull();
        for (CurrentUser outsider : List.of(sponsor, admin)) {
            assertThat(sessions.forCase(id, outsider)).hasSize(2).allSatisfy(s -> {
                assertThat(s.privateNotes()).isNull();
                assertThat(s.sharedActions()).isNull();
            });
        }
        assertThatThrownBy(() -> sessions.forCase(id, users.get("coach3")))
                .isInstanceOf(WorkItemUnavailableException.class);
    }

    @Test
    void aMentoringCaseIsOfferedToTheMentorListAndTheFirstVolunteerMentors() {
        String first = pool.mentor();
        String second = pool.mentor();
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        CurrentUser admin = users.get("pooladmin");
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.MENTORING, Set.of(DevelopmentArea.CAREER),
                "Plan my next career step", sponsor.id()), UUID.randomUUID());
        endorsements.decide(awaitTask(sponsor, id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));
        complete(admin, id, RelationshipProcess.TASK_TRIAGE, Map.of("triageDecision", "MENTORING"));
        awaitTask(admin, id, RelationshipProcess.TASK_CHOOSE_MATCH);

        // Every mentor with room is asked; coach2 only coaches.
        complete(admin, id, RelationshipProcess.TASK_CHOOSE_MATCH, Map.of("matchMode", "MENTOR_LIST"));
        WorkItem askedCoach3 = awaitTask(users.get(first), id, RelationshipProcess.TASK_OFFER_TO_MENTORS);
        WorkItem askedCoach1 = awaitTask(users.get(second), id, RelationshipProcess.TASK_OFFER_TO_MENTORS);
        assertThat(worklist.inbox(users.get("coach2"))).noneMatch(i -> id.equals(i.caseId()));
        drafts.save(askedCoach1.id(), users.get(second), Map.of("volunteer", "YES"));
        worklist.complete(askedCoach3.id(), RelationshipProcess.TASK_OFFER_TO_MENTORS, users.get(first),
                Map.of("volunteer", first));

        awaitStage(id, Stage.CHEMISTRY);
        // The other mentor's invitation was cancelled by the process: it leaves their inbox by itself.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(worklist.stateOf(askedCoach1.id()).name()).isEqualTo("WITHDRAWN"));
        assertThat(worklist.inbox(users.get(second))).noneMatch(i -> i.id().equals(askedCoach1.id()));
        assertThat(drafts.load(askedCoach1.id(), users.get(second))).as("its draft went with it").isEmpty();
        assertThat(jdbc.sql("select count(*) from task_draft where work_item_id = :id")
                .param("id", askedCoach1.id().value()).query(Integer.class).single()).isZero();

        CurrentUser mentor = users.get(first);
        complete(mentor, id, RelationshipProcess.TASK_COACH_CHEMISTRY, Map.of("chemistry", "GO"));
        complete(thinker, id, RelationshipProcess.TASK_THINKER_CHEMISTRY, Map.of("chemistry", "GO"));
        complete(mentor, id, RelationshipProcess.TASK_RECORD_CONTRACT, Map.of("sponsorInvolvement", "LIGHT_TOUCH",
                "plannedSessions", 1, "reviewDate", LocalDate.now().plusMonths(6).toString()));
        complete(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS, Map.of("thinkerContract", "AGREE"));
        logSession(mentor, id, 45, "Mentor's own notes", null);
        complete(mentor, id, RelationshipProcess.TASK_NEXT_STEP, Map.of("nextStep", "REVIEW"));
        complete(mentor, id, RelationshipProcess.TASK_HOLD_REVIEW, Map.of());
        complete(sponsor, id, RelationshipProcess.TASK_RECORD_OBSERVATIONS, Map.of());
        complete(thinker, id, RelationshipProcess.TASK_EVALUATE, Map.of());
        complete(mentor, id, RelationshipProcess.TASK_REFLECT, Map.of());

        awaitStage(id, Stage.CLOSED);
        assertThat(received.get("sponsor")).as("a light-touch sponsor confirms nothing")
                .doesNotContain(RelationshipProcess.TASK_SPONSOR_CONFIRMS);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ledger.minutesGiven(users.get(first).id(), LocalDate.now().getYear())).isGreaterThanOrEqualTo(45));
    }

    @Test
    void theThinkerEndsEarlyWithAPrivateReasonAndThePoolAdminCloses() {
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        CurrentUser admin = users.get("pooladmin");
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CHANGE),
                "Lead through change", sponsor.id()), UUID.randomUUID());
        endorsements.decide(awaitTask(sponsor, id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));
        complete(admin, id, RelationshipProcess.TASK_TRIAGE, Map.of("triageDecision", "COACHING"));
        complete(admin, id, RelationshipProcess.TASK_CHOOSE_MATCH, Map.of("matchMode", "OFFER_ONE", "offeredCoach",
                coachName));
        complete(coach, id, RelationshipProcess.TASK_OFFER, Map.of("offerResponse", "ACCEPTED"));
        complete(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY, Map.of("chemistry", "GO"));
        complete(thinker, id, RelationshipProcess.TASK_THINKER_CHEMISTRY, Map.of("chemistry", "GO"));
        complete(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT, Map.of("sponsorInvolvement", "LIGHT_TOUCH",
                "plannedSessions", 4, "reviewDate", LocalDate.now().plusMonths(3).toString()));
        complete(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS, Map.of("thinkerContract", "AGREE"));
        logSession(coach, id, 60, null, null);
        WorkItem nextLog = awaitTask(coach, id, RelationshipProcess.TASK_LOG_SESSION);

        assertThatThrownBy(() -> sessions.endEarly(id, sponsor, "not working"))
                .as("the sponsor cannot end it").isInstanceOf(WorkItemUnavailableException.class);
        assertThatThrownBy(() -> sessions.endEarly(id, thinker, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        String reason = "We do not click " + UUID.randomUUID();
        sessions.endEarly(id, thinker, reason);

        complete(admin, id, "decide-after-early-end", Map.of("earlyEndDecision", "CLOSE"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(worklist.stateOf(nextLog.id()).name()).isEqualTo("WITHDRAWN"));
        complete(thinker, id, RelationshipProcess.TASK_EVALUATE, Map.of());
        complete(coach, id, RelationshipProcess.TASK_REFLECT, Map.of());
        awaitStage(id, Stage.CLOSED);
        assertThat(ledger.minutesGiven(users.get(coachName).id(), LocalDate.now().getYear())).isEqualTo(60);
    }

    @Test
    void aDeclinedRequestTellsTheThinker() {
        CurrentUser thinker = users.get("thinker");
        CurrentUser sponsor = users.get("sponsor");
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CONFIDENCE),
                "Speak up in meetings", sponsor.id()), UUID.randomUUID());
        endorsements.decide(awaitTask(sponsor, id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(false, false, null, "Not now: restructure"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.forCase(id))
                .extracting(Notifications.Notice::template, Notifications.Notice::recipient)
                .containsExactly(Tuple.tuple("request-declined", "thinker")));
    }

    @Test
    void aSessionInTheFutureOrOfNoLengthIsRefusedNamingTheField() {
        assertThatThrownBy(() -> sessions.log(new WorkItemId(UUID.randomUUID()),
                users.get("coach1"), new SessionEntry(LocalDate.now().plusDays(1), 60, SessionEntry.Modality.VIRTUAL,
                        null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> sessions.log(new WorkItemId(UUID.randomUUID()),
                users.get("coach1"), new SessionEntry(LocalDate.now(), 5, SessionEntry.Modality.VIRTUAL, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
    }

    @Test
    void aSessionDatedBeforeItsRelationshipWasAskedForIsRefusedNamingTheRange() {
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toSessions(coachName);
        WorkItem item = awaitTask(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        String requested = UkDates.date(cases.find(id).orElseThrow().requestedAt());

        assertThatThrownBy(() -> sessions.log(item.id(), coach, new SessionEntry(LocalDate.of(1900, 1, 1), 60,
                SessionEntry.Modality.VIRTUAL, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("heldOn");
                    assertThat(e.getMessage()).contains("from " + requested).contains("to today");
                });
        assertThat(sessions.count(id, coachName)).as("nothing logged").isZero();
        assertThat(awaitTask(coach, id, RelationshipProcess.TASK_LOG_SESSION).id()).as("the task is still open")
                .isEqualTo(item.id());
    }

    private void logSession(CurrentUser coach, CaseId id, int minutes, String notes, String actions) {
        WorkItem item = awaitTask(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        sessions.log(item.id(), coach, new SessionEntry(LocalDate.now(), minutes, SessionEntry.Modality.VIRTUAL, notes,
                actions));
    }

    private void complete(CurrentUser user, CaseId id, String elementId, Map<String, Object> variables) {
        WorkItem item = awaitTask(user, id, elementId);
        worklist.complete(item.id(), elementId, user, variables);
    }

    private WorkItem awaitTask(CurrentUser user, CaseId id, String elementId) {
        Optional<WorkItem> item = await().atMost(Duration.ofSeconds(30)).until(
                () -> worklist.inbox(user).stream()
                        .filter(i -> id.equals(i.caseId()) && i.elementId().equals(elementId)).findFirst(),
                Optional::isPresent);
        received.computeIfAbsent(user.username(), k -> new HashSet<>()).add(elementId);
        return item.orElseThrow();
    }

    private CaseSummary awaitStage(CaseId id, Stage stage) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> cases.find(id),
                found -> found.isPresent() && found.get().stage() == stage).orElseThrow();
    }
}
