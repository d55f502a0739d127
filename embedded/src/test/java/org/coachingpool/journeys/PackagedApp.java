package org.coachingpool.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The product people run: the packaged jar, started with the JVM options of {@code ./run}
 * (read from the script, so the two cannot drift), in a data folder of its own, on free ports.
 * Nothing of the test class path reaches it: what passes here passes for a person typing ./run.
 */
final class PackagedApp implements AutoCloseable {

    static final Path REPOSITORY = repositoryRoot();
    static final Path JAR = REPOSITORY.resolve("embedded/target/coaching-pool.jar");
    private static final AtomicInteger STARTS = new AtomicInteger();
    private static PackagedApp shared;

    private final Path dataDir;
    private final Path log;
    private final int httpPort;
    private final int enginePort;
    private Process process;
    private final List<String> extraArguments;

    private PackagedApp(Path dataDir, List<String> extraArguments) throws IOException {
        this.dataDir = dataDir;
        this.extraArguments = List.copyOf(extraArguments);
        this.httpPort = freePort();
        this.enginePort = freePort();
        this.log = Path.of("target", "packaged-app-" + STARTS.incrementAndGet() + ".log").toAbsolutePath();
    }

    /** One app for every journey in this JVM, stopped when the JVM ends. */
    static synchronized PackagedApp shared() {
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("coachingpool-journeys"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A new app of its own in the given data folder. */
    static PackagedApp start(Path dataDir, String... extraArguments) {
        try {
            var app = new PackagedApp(dataDir, List.of(extraArguments));
            app.launch();
            return app;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** The embedded engine's gRPC address (loopback, plaintext), for tests that break a case on purpose. */
    String engineAddress() {
        return "http://127.0.0.1:" + enginePort;
    }

    /** SIGKILL, as a power cut or the out-of-memory killer would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The same data folder again, on new ports: what ./run does after a crash. */
    PackagedApp startAgain() {
        return start(dataDir);
    }

    private void launch() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no packaged app at " + JAR + ": run ./mvnw verify, which packages it first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(runScriptJvmOptions());
        command.addAll(List.of("-jar", JAR.toString(),
                "--coachingpool.embedded.data-dir=" + dataDir,
                "--server.port=" + httpPort,
                "--coachingpool.embedded.engine-port=" + enginePort));
        command.addAll(extraArguments);
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command)
                .directory(REPOSITORY.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitLoginPage();
    }

    private void awaitLoginPage() throws IOException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var login = HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the packaged app did not serve /login; its log " + log + " ends:\n" + tail());
    }

    /** The last lines the app wrote, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits until the app's log has the line, e.g. the end of a simulated year. */
    void awaitLog(String text, Duration atMost) throws IOException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException("the app did not log '" + text + "'; its log ends:\n" + tail());
    }

    /** Where the app keeps its database and the engine's state and log. */
    Path dataDir() {
        return dataDir;
    }

    /** The whole log, to check what the app said. */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** The options ./run gives the JVM, between "java" and "-jar" on its exec line. */
    static List<String> runScriptJvmOptions() throws IOException {
        for (String line : Files.readAllLines(REPOSITORY.resolve("run"))) {
            String trimmed = line.strip();
            if (trimmed.startsWith("exec java ")) {
                List<String> words = Arrays.asList(trimmed.split("\\s+"));
                int jar = words.indexOf("-jar");
                if (jar < 0) {
                    break;
                }
                return words.subList(2, jar);
            }
        }
        throw new IllegalStateException("./run has no 'exec java ... -jar' line to take the JVM options from");
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("run")) && Files.isDirectory(p.resolve("app"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the repository: " + here);
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
