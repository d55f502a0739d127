package org.coachingpool.benchmark;

import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coachingpool.CoachingPoolApplication;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.embedded.EmbeddedEngine;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures for the README, printed, never asserted: cold start to the login page, resident
 * memory, restart with 1,000 finished cases in the engine log, and how long a new human task
 * takes from the engine creating its job to its work item being committed.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark verify}.
 */
class FoundationBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 1000);
    static final int PARALLEL = 4;

    @Test
    void printFigures() throws Exception {
        Path jar = Path.of("target", "coaching-pool.jar");
        Path work = Files.createTempDirectory("coachingpool-bench");
        List<String> report = new ArrayList<>();

        try (var cold = AppProcess.start(jar, work.resolve("cold"), EmbeddedStackTest.freePort(),
                EmbeddedStackTest.freePort(), work.resolve("cold.log"))) {
            report.add("cold start to login page: %.1f s".formatted(cold.millisToLoginPage / 1000.0));
            report.add("memory after start: JVM RSS %d MiB; PostgreSQL PSS %d MiB".formatted(cold.jvmRssMib(),
                    cold.postgresPssMib()));
        }

        Path loaded = work.resolve("loaded");
        List<Long> latencies = runCases(loaded);
        report.add("work-item visibility over %d tasks: p50 %d ms, p99 %d ms, max %d ms".formatted(latencies.size(),
                percentile(latencies, 50), percentile(latencies, 99), latencies.getLast()));
        long logBytes = Files.size(loaded.resolve("engine").resolve("zeebe.log"));

        try (var restart = AppProcess.start(jar, loaded, EmbeddedStackTest.freePort(), EmbeddedStackTest.freePort(),
                work.resolve("restart.log"))) {
            report.add("restart to login page with %d finished cases (log %.1f MiB): %.1f s".formatted(CASES,
                    logBytes / 1048576.0, restart.millisToLoginPage / 1000.0));
            report.add("memory after restart: JVM RSS %d MiB; PostgreSQL PSS %d MiB".formatted(
                    restart.jvmRssMib(), restart.postgresPssMib()));
        }

        System.out.println("\n=== Foundation benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        report.forEach(line -> System.out.println("  " + line));
        System.out.println();
    }

    /** Takes CASES cases from request through endorsement and triage to a close, through the app's services. */
    private static List<Long> runCases(Path dataDir) throws Exception {
        try (var app = new SpringApplicationBuilder(CoachingPoolApplication.class, VisibilityProbe.class)
                .run("--coachingpool.embedded.data-dir=" + dataDir, "--server.port=0",
                        "--coachingpool.embedded.engine-port=" + EmbeddedStackTest.freePort(),
                        "--logging.level.root=WARN")) {
            var requests = app.getBean(Requests.class);
            var endorsements = app.getBean(Endorsements.class);
            var worklist = app.getBean(Worklist.class);
            var users = app.getBean(TestUsers.class);
            CurrentUser thinker = users.get("thinker");
            CurrentUser sponsor = users.get("sponsor");
            CurrentUser admin = users.get("pooladmin");

            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                done.add(pool.submit(() -> {
                    CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING,
                            Set.of(DevelopmentArea.LEADERSHIP), "benchmark goals", sponsor.id()), UUID.randomUUID());
                    WorkItem endorse = awaitOpen(worklist, id, RelationshipProcess.TASK_ENDORSE);
                    endorsements.decide(endorse.id(), sponsor, new EndorsementDecision(true, true, null, null));
                    WorkItem triage = awaitOpen(worklist, id, RelationshipProcess.TASK_TRIAGE);
                    // Signposting ends the case: the log then holds finished cases, as the figure says.
                    worklist.complete(triage.id(), RelationshipProcess.TASK_TRIAGE, admin,
                            Map.of(RelationshipProcess.VAR_TRIAGE_DECISION, "SIGNPOST"));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();

            Map<Long, Long> jobCreated = new HashMap<>();
            for (Record<?> record : app.getBean(EmbeddedEngine.class).records().getRecords()) {
                if (record.getValueType() == ValueType.JOB && record.getIntent() == JobIntent.CREATED
                        && ((JobRecordValue) record.getValue()).getType().equals("io.camunda.zeebe:userTask")) {
                    jobCreated.put(record.getKey(), record.getTimestamp());
                }
            }
            var jdbc = app.getBean(JdbcClient.class);
            var probe = app.getBean(VisibilityProbe.class);
            List<Long> latencies = new ArrayList<>();
            probe.committedAtMillis.forEach((itemId, committed) -> {
                long jobKey = jdbc.sql("select job_key from work_item where id = :id").param("id", itemId.value())
                        .query(Long.class).single();
                Long created = jobCreated.get(jobKey);
                if (created != null) {
                    latencies.add(committed - created);
                }
            });
            latencies.sort(Long::compare);
            return latencies;
        }
    }

    private static WorkItem awaitOpen(Worklist worklist, CaseId id, String elementId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> worklist.ofCase(id).stream()
                        .filter(i -> i.elementId().equals(elementId) && i.state().name().equals("OPEN")).findFirst(),
                        Optional::isPresent).orElseThrow();
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0));
    }
}
