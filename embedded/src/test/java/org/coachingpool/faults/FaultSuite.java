package org.coachingpool.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;

/**
 * The fault suite ({@code ./mvnw -Pfaults verify}, ADR 0026): the packaged app, started as
 * {@code ./run} starts it, takes relationships from request to close while it is killed with
 * SIGKILL, halted between committing a completion and sending it to the engine, stopped and
 * started again (its engine replaying its log each time), while its PostgreSQL crashes and
 * restarts under it, and while engine answers are lost and engine commands arrive twice. Then
 * the faults stop, the app starts once more, and the pool's people finish every relationship.
 * At the end the database and the engine must agree: every step the engine waits at has one
 * open task and the reverse, every task a person completed was completed once in the engine,
 * every session, ledger entry and email exists once, and no relationship waited more than 60
 * seconds for its next task once the faults stopped.
 *
 * <p>Settings (system properties): {@code faults.cases} (400), {@code faults.minutes} of faults
 * (10), {@code faults.min-jobs} (10000), {@code faults.seed}.
 */
class FaultSuite {

    private static final Path APP = Path.of("target", "coaching-pool.jar");
    private static final Duration START = Duration.ofMinutes(4);

    private final int cases = Integer.getInteger("faults.cases", 400);
    private final Duration faultTime = Duration.ofMinutes(Long.getLong("faults.minutes", 10));
    private final int minJobs = Integer.getInteger("faults.min-jobs", 10_000);
    private final long seed = Long.getLong("faults.seed", System.currentTimeMillis() % 100_000);
    private final Random random = new Random(seed);

    private Path root;
    private Path data;
    private Process app;
    private int starts;
    private final Map<String, Integer> outsideFaults = new TreeMap<>();

    @Test
    void nothingIsLostOrDoneTwiceUnderFaults() throws Exception {
        assertThat(APP).as("the packaged app (mvn package)").exists();
        root = Files.createDirectories(Path.of("target", "fault-suite", "run-" + seed)).toAbsolutePath();
        data = root.resolve("data");
        Path faultClasses = faultClasses();
        System.out.printf("Fault suite: seed %d, %d relationships, %s of faults, in %s%n", seed, cases, faultTime, root);

        Instant faultsEnd = Instant.now().plus(faultTime);
        start(faultClasses, true);
        int round = 0;
        while (Instant.now().isBefore(faultsEnd) && closed() < cases) {
            waitWhileAlive(Duration.ofSeconds(10 + random.nextInt(20)), faultsEnd);
            if (!app.isAlive()) {
                outsideFaults.merge("restarts after a halt", 1, Integer::sum);
                start(faultClasses, true);
                continue;
            }
            if (!Instant.now().isBefore(faultsEnd)) {
                break;
            }
            switch (round++ % 3) {
                case 0 -> {
                    record("kill -9 of the app");
                    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    start(faultClasses, true);
                }
                case 1 -> restartPostgres();
                default -> {
                    record("restart of the app and its engine");
                    app.destroy();
                    if (!app.waitFor(90, TimeUnit.SECONDS)) {
                        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    }
                    start(faultClasses, true);
                }
            }
        }
        int closedUnderFaults = closed();
        // The last fault: a kill in the middle of work; then the app starts with nothing broken.
        record("kill -9 of the app");
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(root.resolve("status.properties"));
        start(faultClasses, false);
        Properties result = awaitFinal(Duration.ofMinutes(15));
        Properties status = read(root.resolve("status.properties"));

        try (Connection db = connect()) {
            var checks = new Checks(db, result);
            var faults = faults();
            System.out.printf("""
                    Fault suite result
                      jobs completed in the engine: %s (%s human tasks, %s automated)
                      relationships: %d closed of %d (%d while faults ran), %d ended early, %d with a safeguarding concern
                      offers to join the pool: %d; waits on the waiting list: %d
                      faults: %d (%s)
                      lost: %d (%s)
                      duplicated: %d (%s)
                      longest wait for a next task once faults stopped: %.1f s
                    """, result.getProperty("jobs"), checks.humanJobs, checks.automatedJobs(), checks.closedCases, cases,
                    closedUnderFaults, checks.earlyEnds, checks.concerns, checks.offers, checks.waits,
                    faults.values().stream().mapToInt(Integer::intValue).sum(), faults, checks.lost(), checks.lostDetail,
                    checks.duplicated(), checks.duplicatedDetail,
                    Long.parseLong(status.getProperty("longestWaitMillis")) / 1000.0);
            assertThat(checks.closedCases).as("relationships closed").isEqualTo(cases);
            assertThat(checks.earlyEnds).as("relationships ended early").isEqualTo(cases / 10 + (cases % 10 > FaultDriver.ENDS_EARLY ? 1 : 0));
            assertThat(checks.concerns).as("concerns raised").isEqualTo(cases / 10 + (cases % 10 > FaultDriver.RAISES_CONCERN ? 1 : 0));
            assertThat(checks.waits).as("waits on the waiting list, each ended by a wake-up").isPositive();
            assertThat(checks.offers).as("offers to join").isEqualTo(cases / 10 + (cases % 10 > FaultDriver.OFFERS_TO_JOIN ? 1 : 0));
            assertThat(Integer.parseInt(result.getProperty("jobs"))).as("jobs completed").isGreaterThanOrEqualTo(minJobs);
            assertThat(checks.lostDetail).as("lost").isEmpty();
            assertThat(checks.duplicatedDetail).as("duplicated").isEmpty();
            assertThat(result.getProperty("driftList")).as("the reconciliation's differences").isEqualTo("[]");
            assertThat(Long.parseLong(status.getProperty("longestWaitMillis"))).as("longest wait once faults stopped")
                    .isLessThanOrEqualTo(60_000);
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** What the database holds, compared with what the engine did. */
    private final class Checks {
        final Map<String, Long> lostDetail = new TreeMap<>();
        final Map<String, Long> duplicatedDetail = new TreeMap<>();
        final long humanJobs;
        final long allJobs;
        final long closedCases;
        final long earlyEnds;
        final long concerns;
        final long offers;
        final long waits;

        Checks(Connection db, Properties engine) throws SQLException {
            allJobs = Long.parseLong(engine.getProperty("jobs"));
            humanJobs = Long.parseLong(engine.getProperty("jobs.io.camunda.zeebe:userTask", "0"));
            String ours = "(select c.id from relationship_case c join user_account u on u.id = c.thinker_id "
                    + "where u.username like 'fault%')";
            closedCases = count(db, "select count(*) from relationship_case where stage = 'CLOSED' and id in " + ours);
            long completedItems = count(db, "select count(*) from work_item where state = 'COMPLETED'");
            note(lostDetail, "completions the engine never took", Math.max(0, completedItems - humanJobs));
            note(duplicatedDetail, "engine completions beyond the tasks completed", Math.max(0, humanJobs - completedItems));
            note(lostDetail, "tasks of closed relationships left open or unsent", count(db,
                    "select count(*) from work_item where state in ('OPEN', 'COMPLETING') and case_id in " + ours));
            note(lostDetail, "tasks a person completed that were marked withdrawn", count(db,
                    "select count(*) from work_item where state = 'WITHDRAWN' and completed_by is not null"));
            note(duplicatedDetail, "work items for one step", count(db, "select count(*) from (select element_instance_key "
                    + "from work_item group by element_instance_key having count(*) > 1) d"));
            // A relationship ended early stops after its one session.
            String sessionsExpected = "(case when exists (select 1 from early_end e where e.case_id = c.id) then 1 else 3 end)";
            note(lostDetail, "relationships with fewer sessions than logged", count(db, "select count(*) from " + ours
                    + " c where (select count(*) from session_log s where s.case_id = c.id) < " + sessionsExpected));
            note(duplicatedDetail, "relationships with more sessions than logged", count(db, "select count(*) from " + ours
                    + " c where (select count(*) from session_log s where s.case_id = c.id) > " + sessionsExpected));
            earlyEnds = count(db, "select count(*) from early_end where case_id in " + ours);
            long earlyEndsHeard = Long.parseLong(engine.getProperty("earlyEndsHeard", "0"));
            note(lostDetail, "early ends the process never heard", Math.max(0, earlyEnds - earlyEndsHeard));
            note(duplicatedDetail, "early ends stored twice for one relationship", count(db, "select count(*) - "
                    + "count(distinct case_id) from early_end where case_id in " + ours));
            note(duplicatedDetail, "early ends the process heard twice",
                    Long.parseLong(engine.getProperty("earlyEndsHeardTwice", "0")));
            concerns = count(db, "select count(*) from safeguarding_concern where case_id in " + ours);
            long concernProcesses = Long.parseLong(engine.getProperty("concernProcesses", "0"));
            note(lostDetail, "concerns whose process never started", Math.max(0, concerns - concernProcesses));
            note(duplicatedDetail, "concern processes beyond one a concern", Math.max(0, concernProcesses - concerns));
            note(lostDetail, "concerns the lead never answered", count(db, "select count(*) from safeguarding_concern "
                    + "where responded_at is null and case_id in " + ours));
            String ourApplicants = "(select id from user_account where username like 'fault%')";
            offers = count(db, "select count(*) from pool_application where applicant_id in " + ourApplicants);
            long offerProcesses = Long.parseLong(engine.getProperty("offerProcesses", "0"));
            note(lostDetail, "offers to join whose process never started", Math.max(0, offers - offerProcesses));
            note(duplicatedDetail, "joining processes beyond one an offer", Math.max(0, offerProcesses - offers));
            note(duplicatedDetail, "offers to join stored twice for one person", count(db, "select count(*) - "
                    + "count(distinct applicant_id) from pool_application where applicant_id in " + ourApplicants));
            note(lostDetail, "offers to join the pool team never answered", count(db, "select count(*) from "
                    + "pool_application where status <> 'NOT_TAKEN_FORWARD' and applicant_id in " + ourApplicants));
            // Each time a case joined the waiting list it waits for one wake-up: every case closed, so each
            // wait was ended by exactly one wake-up the process heard.
            waits = Long.parseLong(engine.getProperty("jobs." + RelationshipProcess.JOB_JOIN_WAITING_LIST, "0"));
            long wakeUps = Long.parseLong(engine.getProperty("wakeUpsHeard", "0"));
            note(lostDetail, "waits on the waiting list no wake-up ended", Math.max(0, waits - wakeUps));
            note(duplicatedDetail, "wake-ups heard beyond one a wait", Math.max(0, wakeUps - waits));
            note(lostDetail, "cases left on the waiting list", count(db, "select count(*) from match_waiting "
                    + "where left_at is null and case_id in " + ours));
            note(lostDetail, "engine commands never sent", count(db,
                    "select count(*) from engine_command where sent_at is null"));
            note(lostDetail, "closed relationships without a ledger entry", count(db, "select count(*) from " + ours
                    + " c where not exists (select 1 from ledger_entry l where l.case_id = c.id)"));
            note(duplicatedDetail, "ledger entries beyond one a relationship", count(db, "select count(*) - count(distinct "
                    + "case_id) from ledger_entry where case_id in " + ours));
            note(lostDetail, "tasks nobody was emailed about", count(db, "select count(*) from work_item w where "
                    + "w.case_id in " + ours + " and not exists (select 1 from mail_outbox m where m.cause = "
                    + "'work-item:' || w.id)"));
            note(duplicatedDetail, "emails sent twice for one task and person", count(db, "select count(*) from ("
                    + "select cause, recipient_id from mail_outbox group by cause, recipient_id having count(*) > 1) d"));
            note(lostDetail, "differences found by the reconciliation",
                    Long.parseLong(engine.getProperty("drifts")));
        }

        long automatedJobs() {
            return allJobs - humanJobs;
        }

        long lost() {
            return lostDetail.values().stream().mapToLong(Long::longValue).sum();
        }

        long duplicated() {
            return duplicatedDetail.values().stream().mapToLong(Long::longValue).sum();
        }

        private static void note(Map<String, Long> into, String what, long count) {
            if (count > 0) {
                into.put(what, count);
            }
        }

        private static long count(Connection db, String sql) throws SQLException {
            try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The suite's own classes, which the app loads beside its own; the rest of the tests stay out. */
    private Path faultClasses() throws IOException {
        Path from = Path.of("target", "test-classes", "org", "coachingpool", "faults");
        Path into = Path.of("target", "fault-classes").toAbsolutePath();
        Path to = Files.createDirectories(into.resolve("org").resolve("coachingpool").resolve("faults"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("FaultSuite")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // Spring Boot finds the initializer the way it finds its own: in META-INF/spring.factories.
        Path factories = Files.createDirectories(into.resolve("META-INF")).resolve("spring.factories");
        Files.writeString(factories, "org.springframework.context.ApplicationContextInitializer="
                + FaultInjection.class.getName() + "\n");
        return into;
    }

    private void start(Path faultClasses, boolean withFaults) throws Exception {
        int http = EmbeddedStackTest.freePort();
        int engine = EmbeddedStackTest.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Dloader.path=" + faultClasses,
                "-cp", APP.toAbsolutePath().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--coachingpool.embedded.data-dir=" + data, "--server.port=" + http,
                "--coachingpool.embedded.engine-port=" + engine, "--coachingpool.embedded.backup-dir=" + root.resolve("backups"),
                "--faults.dir=" + root,
                "--faults.cases=" + cases, "--faults.seed=" + seed));
        if (withFaults) {
            command.addAll(List.of("--faults.drop=0.03", "--faults.duplicate=0.03", "--faults.kill=0.002"));
        }
        starts++;
        app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("app.log").toFile())).start();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/login")).build();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                if (withFaults) {
                    return; // halted already; the loop starts it again
                }
                throw new AssertionError("the app stopped while starting; see " + root.resolve("app.log"));
            }
            try {
                if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the app did not start within " + START + "; see " + root.resolve("app.log"));
    }

    private void waitWhileAlive(Duration time, Instant notAfter) throws InterruptedException {
        Instant until = Instant.now().plus(time);
        while (app.isAlive() && Instant.now().isBefore(until) && Instant.now().isBefore(notAfter)) {
            Thread.sleep(250);
        }
    }

    /**
     * Kills one of PostgreSQL's own processes with SIGKILL: the postmaster then ends every
     * connection, resets shared memory and recovers from its write-ahead log, as after a crash.
     */
    private void restartPostgres() throws IOException {
        Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        var children = ProcessHandle.of(postmaster).map(p -> p.children().toList()).orElse(List.of());
        if (children.isEmpty()) {
            return;
        }
        record("crash and restart of PostgreSQL");
        children.get(random.nextInt(children.size())).destroyForcibly();
    }

    private Connection connect() throws Exception {
        List<String> pid = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
        int port = Integer.parseInt(pid.get(3).trim());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
    }

    private int closed() throws IOException {
        Path status = root.resolve("status.properties");
        return Files.exists(status) ? Integer.parseInt(read(status).getProperty("closed", "0")) : 0;
    }

    private Properties awaitFinal(Duration within) throws Exception {
        Path file = root.resolve("final.properties");
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                return read(file);
            }
            if (!app.isAlive()) {
                throw new AssertionError("the app stopped after the faults; see " + root.resolve("app.log"));
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the relationships did not all close within " + within + " once faults stopped: "
                + read(root.resolve("status.properties")));
    }

    private void record(String fault) {
        outsideFaults.merge(fault, 1, Integer::sum);
    }

    /** Faults made from outside, and those the app's link to the engine made (one line each). */
    private Map<String, Integer> faults() throws IOException {
        Map<String, Integer> all = new TreeMap<>(outsideFaults);
        all.remove("restarts after a halt");
        Path file = root.resolve(FaultLog.FILE);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ", 2);
                String kind = switch (parts[0]) {
                    case "kill" -> "halt between commit and completion";
                    case "drop" -> "engine answer lost";
                    case "duplicate" -> "engine command sent twice";
                    default -> parts[0];
                };
                all.merge(kind, 1, Integer::sum);
            }
        }
        return all;
    }

    private static Properties read(Path file) throws IOException {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
