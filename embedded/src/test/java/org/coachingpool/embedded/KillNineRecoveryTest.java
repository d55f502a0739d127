package org.coachingpool.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM running the embedded database and engine with SIGKILL in the middle of work,
 * then starts both again on the same folder: everything acknowledged before the kill is there
 * and carries on.
 */
class KillNineRecoveryTest {

    @TempDir
    Path dir;

    static CamundaClient client(int port) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + port))
                .restAddress(URI.create("http://127.0.0.1:1"))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(15))
                .build();
    }

    @Test
    void casesTimersMessagesAndTheDatabaseSurviveAKillNine() throws Exception {
        int port = EmbeddedStackTest.freePort();
        long lastKeyBeforeKill = runAndKill(port);
        // A torn write, as a kill in the middle of an append leaves it.
        Path log = dir.resolve("engine").resolve("zeebe.log");
        Files.write(log, new byte[] {0x43, 0x50, 0x4C, 0x47, 0, 0, 1, 0}, StandardOpenOption.APPEND);

        // The killed JVM's PostgreSQL still holds the folder; starting must stop it first.
        try (var database = EmbeddedDatabase.start(dir.resolve("postgres"), 0);
                var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var rows = connection.createStatement().executeQuery("select note from crash_marker")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the kill");
            assertThat(setting(connection, "fsync")).as("every commit reaches the disk").isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        }

        int newPort = EmbeddedStackTest.freePort();
        try (var engine = new EmbeddedEngine(log, "127.0.0.1", newPort, Duration.ofMinutes(1));
                var client = client(newPort)) {
            // The user task held by the dead worker comes back once its job timeout passes.
            ActivatedJob task = awaitJob(client, "io.camunda.zeebe:userTask");
            client.newCompleteCommand(task.getKey()).send().join();

            // The timer created before the kill fires after the restart.
            awaitJob(client, "after-timer");

            // The message subscription still correlates.
            client.newPublishMessageCommand().messageName("ping").correlationKey("case-1").send().join();
            awaitJob(client, "after-message");

            // The deployment survived, and new keys never collide with old ones.
            long newKey = client.newCreateInstanceCommand().bpmnProcessId("durability-task").latestVersion().send()
                    .join().getProcessInstanceKey();
            assertThat(newKey).isGreaterThan(lastKeyBeforeKill);
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private long runAndKill(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingRuntime.class.getName(), dir.toString(), Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                if (line.startsWith("READY ")) {
                    long lastKey = Long.parseLong(line.substring("READY ".length()).trim());
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
                    child.waitFor(30, TimeUnit.SECONDS);
                    return lastKey;
                }
            }
            child.destroyForcibly();
            throw new AssertionError("the child runtime never became ready");
        }
    }

    private static ActivatedJob awaitJob(CamundaClient client, String type) {
        List<ActivatedJob> jobs = await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs(),
                        found -> !found.isEmpty());
        return jobs.getFirst();
    }
}
