package org.coachingpool.enginecommands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.incidents.CaseProblem;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.TestUsers;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What must reach the engine after a commit survives an engine outage: an early end, a request's
 * start and the commands after them are stored, flagged while the engine is away, sent once when
 * it is back, and in the order they were written. The link to the real engine is cut by a gRPC
 * interceptor that refuses messages while the test says so.
 */
@Import(EngineCommandsTest.Switch.class)
@TestPropertySource(properties = {"coachingpool.engine-commands.interval=300ms",
        "coachingpool.engine-commands.first-wait=300ms"})
class EngineCommandsTest extends EmbeddedStackTest {

    @Autowired EngineSwitch engine;
    @Autowired EngineCommands commands;
    @Autowired Sessions sessions;
    @Autowired Requests requests;
    @Autowired Incidents incidents;
    @Autowired Worklist worklist;
    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Endorsements endorsements;
    @Autowired Cases cases;

    @TestConfiguration
    static class Switch {
        @Bean
        EngineSwitch engineSwitch() {
            return new EngineSwitch();
        }
    }

    /** Refuses every message published to the engine while off, as an engine out of reach does. */
    static final class EngineSwitch implements ClientInterceptor {

        private final AtomicBoolean away = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();

        void away() {
            away.set(true);
        }

        void back() {
            away.set(false);
        }

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            if (!away.get() || !"PublishMessage".equals(method.getBareMethodName())) {
                return next.newCall(method, options);
            }
            refused.incrementAndGet();
            return new ClientCall<>() {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    listener.onClose(Status.UNAVAILABLE.withDescription("the engine is away (test)"), new Metadata());
                }

                @Override
                public void request(int count) {
                }

                @Override
                public void cancel(String message, Throwable cause) {
                }

                @Override
                public void halfClose() {
                }

                @Override
                public void sendMessage(Q message) {
                }
            };
        }
    }

    @AfterEach
    void engineBack() {
        engine.back();
    }

    private List<Map<String, Object>> history(String key) {
        return jdbc.sql("select purpose, attempts, sent_at from engine_command where order_key = :key order by id")
                .param("key", key).query().listOfRows();
    }

    @Test
    void anEarlyEndStoredWhileTheEngineIsAwayReachesItOnceWhenItIsBack() {
        String coach = pool.coach();
        CaseId id = journey.toSessions(coach);
        engine.away();

        sessions.endEarly(id, users.get("thinker"), "Not working for me");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(history(id.toString()))
                .filteredOn(row -> "early-end".equals(row.get("purpose")))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("sent_at")).isNull();
                    assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(2);
                }));
        assertThat(commands.anyUnsent(id.toString())).isTrue();
        assertThat(worklist.inbox(users.get("pooladmin"))).as("the process has not heard yet")
                .noneMatch(i -> id.equals(i.caseId()) && i.elementId().equals("decide-after-early-end"));

        engine.back();

        journey.task("pooladmin", id, "decide-after-early-end");
        await().atMost(Duration.ofSeconds(10)).until(() -> !commands.anyUnsent(id.toString()));
        assertThat(history(id.toString())).filteredOn(row -> "early-end".equals(row.get("purpose")))
                .singleElement().satisfies(row -> assertThat(row.get("sent_at")).isNotNull());
        assertThat(worklist.inbox(users.get("pooladmin"))).as("heard once")
                .filteredOn(i -> id.equals(i.caseId()) && i.elementId().equals("decide-after-early-end"))
                .hasSize(1);
    }

    @Test
    void aRequestStoredWhileTheEngineIsAwayIsOnThePoolBoardUntilItsProcessStarts() {
        engine.away();
        var thinker = users.get("thinker");
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CONFIDENCE),
                "Speak up at board meetings", users.get("sponsor").id()), UUID.randomUUID());

        var admin = users.get("pooladmin");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(incidents.openFor(id, admin))
                .singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(CaseProblem.Kind.NOT_STARTED);
                    assertThat(p.message()).contains("UNAVAILABLE");
                }));

        engine.back();

        journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(incidents.isDelayed(id)).isFalse());
    }

    @Test
    void commandsWithOneKeyGoInTheOrderWrittenAndNoneOvertakesOneThatFailed() {
        String key = "order-" + UUID.randomUUID();
        engine.away();
        for (int i = 0; i < 3; i++) {
            commands.publish(key, CommandPurpose.PLACE_MAY_BE_FREE, key, new EngineMessage(
                    RelationshipProcess.MESSAGE_CAPACITY_APPEARED, key, key + ":" + i, Duration.ZERO, Map.of()));
        }
        // Written twice: the same message id is one command.
        commands.publish(key, CommandPurpose.PLACE_MAY_BE_FREE, key, new EngineMessage(
                RelationshipProcess.MESSAGE_CAPACITY_APPEARED, key, key + ":0", Duration.ZERO, Map.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(history(key)).hasSize(3)
                .first().satisfies(row -> assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(2)));
        assertThat(history(key).subList(1, 3)).as("never tried while the first waits")
                .allSatisfy(row -> assertThat(row.get("attempts")).isEqualTo(0));

        engine.back();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(history(key))
                .allSatisfy(row -> assertThat(row.get("sent_at")).isNotNull()));
        var sent = history(key).stream().map(row -> ((Timestamp) row.get("sent_at")).toInstant()).toList();
        assertThat(sent).isSorted();
        assertThat(commands.waitingLongerThan(Duration.ZERO)).noneMatch(w -> w.orderKey().equals(key));
    }

    @Test
    void aStartSentAgainAfterItsProcessEndedStartsNothing() {
        var thinker = users.get("thinker");
        var sponsor = users.get("sponsor");
        CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.CONFIDENCE),
                "Speak up at board meetings", sponsor.id()), UUID.randomUUID());
        endorsements.decide(journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(false, false, null, "Not this year"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(id).orElseThrow().stage().isFinal());
        Long firstInstance = cases.find(id).orElseThrow().processInstanceKey();

        // The start's answer was lost, say, and the outbox sends it again after the process ended.
        jdbc.sql("update engine_command set sent_at = null, next_attempt_at = now() where order_key = :key "
                + "and purpose = 'relationship-start'").param("key", id.toString()).update();
        assertThat(commands.sendNow(id.toString())).isTrue();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(cases.find(id).orElseThrow().processInstanceKey()).isEqualTo(firstInstance);
            assertThat(worklist.inbox(sponsor)).noneMatch(i -> id.equals(i.caseId()));
        });
    }

    @Test
    void waitsGrowFromTheFirstToFiveMinutesAtMost() {
        assertThat(EngineCommands.waitAfter(Duration.ofSeconds(5), 1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(EngineCommands.waitAfter(Duration.ofSeconds(5), 2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(EngineCommands.waitAfter(Duration.ofSeconds(5), 4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(EngineCommands.waitAfter(Duration.ofSeconds(5), 40)).isEqualTo(Duration.ofMinutes(5));
    }
}
