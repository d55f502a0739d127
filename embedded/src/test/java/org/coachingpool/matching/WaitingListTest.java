package org.coachingpool.matching;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coachingpool.casefile.ui.CaseView;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.ui.WaitingListView;
import org.coachingpool.request.KindWanted;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class WaitingListTest extends ViewTest {

    @Autowired WaitingList waitingList;
    @Autowired CaseJourney journey;
    @Autowired Triage triage;
    @Autowired TestPool testPool;
    @Autowired JdbcClient jdbc;

    @Test
    void whenNobodyHasAPlaceTheCaseWaitsInViewAndComesBackToBeMatchedWhenAPlaceIsFree() {
        List<UUID> paused = jdbc.sql("select user_id from pool_member where status = 'ACTIVE'").query(UUID.class).list();
        jdbc.sql("update pool_member set status = 'PAUSED', paused_until = current_date + 30 where user_id = any(:ids)")
                .param("ids", paused.toArray(UUID[]::new)).update();
        try {
            var id = journey.toTriage(KindWanted.COACHING);
            triage.decide(journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE).id(), users.get("pooladmin"),
                    TriageDecision.COACHING, null, null);
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    waitingList.waitingSince(id, users.get("thinker")).isPresent());
            assertThat(waitingList.waitingSince(id, users.get("coach1"))).as("not theirs to know").isEmpty();

            var admin = users.get("pooladmin");
            var listed = waitingList.list(admin).stream().filter(w -> w.caseId().equals(id)).findFirst().orElseThrow();
            assertThat(listed.mentoring()).isFalse();
            assertThat(listed.nobodyBecause()).contains("are paused");
            waitingList.setUrgency(id, WaitingList.Urgency.URGENT, admin);
            assertThat(waitingList.list(admin).getFirst().caseId()).as("urgent first").isEqualTo(id);
            assertThat(waitingList.gaps(admin).get("Kind of support"))
                    .anySatisfy(g -> assertThat(g.group().equals("Coaching") && g.waiting() >= 1).isTrue());

            signInAndOpen("thinker", "cases/" + id);
            assertThat(_get(CaseView.class).getElement().getTextRecursively())
                    .contains("Waiting for a coach or mentor since");
            signInAndOpen("pooladmin", "waiting-list");
            assertThat(_get(WaitingListView.class).getElement().getTextRecursively()).contains("waiting");

            String arrived = testPool.coach();
            assertThat(waitingList.rankAgain()).isGreaterThanOrEqualTo(1);
            var choose = journey.task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH);
            assertThat(choose).isNotNull();
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingList.waitingSince(id, admin).isEmpty());
            assertThat(users.get(arrived)).isNotNull();
        } finally {
            jdbc.sql("update pool_member set status = 'ACTIVE', paused_until = null where user_id = any(:ids)")
                    .param("ids", paused.toArray(UUID[]::new)).update();
        }
    }
}
