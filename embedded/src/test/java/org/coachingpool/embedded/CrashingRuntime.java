package org.coachingpool.embedded;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

/**
 * Run in a child JVM by {@link KillNineRecoveryTest}: starts the embedded database and engine,
 * leaves work in flight, prints READY and waits to be killed with SIGKILL.
 */
public final class CrashingRuntime {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        var database = EmbeddedDatabase.start(dir.resolve("postgres"), 0);
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists crash_marker (note text)");
            statement.execute("insert into crash_marker values ('written before the kill')");
        }
        var engine = new EmbeddedEngine(dir.resolve("engine").resolve("zeebe.log"), "127.0.0.1", port,
                Duration.ofMinutes(1));
        try (CamundaClient client = KillNineRecoveryTest.client(port)) {
            client.newDeployResourceCommand().addResourceFromClasspath("durability/durability.bpmn").send().join();
            client.newCreateInstanceCommand().bpmnProcessId("durability-task").latestVersion().send().join();
            client.newCreateInstanceCommand().bpmnProcessId("durability-timer").latestVersion().send().join();
            long last = client.newCreateInstanceCommand().bpmnProcessId("durability-message").latestVersion()
                    .variables(Map.of("id", "case-1")).send().join().getProcessInstanceKey();
            // Activate the user task so that it is held by this (soon dead) worker.
            client.newActivateJobsCommand().jobType("io.camunda.zeebe:userTask").maxJobsToActivate(1)
                    .timeout(Duration.ofSeconds(3)).send().join();
            System.out.println("READY " + last);
            System.out.flush();
        }
        Thread.sleep(Duration.ofMinutes(5));
        engine.close();
        database.close();
        URI.create("unused");
    }
}
