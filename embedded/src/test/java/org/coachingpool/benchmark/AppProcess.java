package org.coachingpool.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged app as its own process, started with the same JVM options as ./run. */
final class AppProcess implements AutoCloseable {

    final Process process;
    final long millisToLoginPage;
    private final Path dataDir;

    private AppProcess(Process process, long millisToLoginPage, Path dataDir) {
        this.process = process;
        this.millisToLoginPage = millisToLoginPage;
        this.dataDir = dataDir;
    }

    static AppProcess start(Path jar, Path dataDir, int httpPort, int enginePort, Path logFile) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--coachingpool.embedded.data-dir=" + dataDir, "--server.port=" + httpPort,
                "--coachingpool.embedded.engine-port=" + enginePort))
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/login")).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new AppProcess(process, (System.nanoTime() - started) / 1_000_000, dataDir);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app did not serve /login; see " + logFile);
    }

    /** Resident memory of the JVM alone, in MiB. */
    long jvmRssMib() throws IOException {
        return rssKib(process.pid()) / 1024;
    }

    /**
     * Memory of the PostgreSQL server the app started, in MiB: the proportional set size of its
     * processes, so shared buffers mapped by every backend count once. PostgreSQL detaches from
     * the JVM, so it is found through its pid file.
     */
    long postgresPssMib() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        long kib = memoryKib(postmaster, "smaps_rollup", "Pss:");
        for (var child : ProcessHandle.of(postmaster).map(p -> p.descendants().toList()).orElse(List.of())) {
            kib += memoryKib(child.pid(), "smaps_rollup", "Pss:");
        }
        return kib / 1024;
    }

    private static long rssKib(long pid) throws IOException {
        return memoryKib(pid, "status", "VmRSS:");
    }

    private static long memoryKib(long pid, String file, String field) throws IOException {
        Path path = Path.of("/proc", Long.toString(pid), file);
        if (!Files.exists(path)) {
            return 0;
        }
        return Files.readAllLines(path).stream().filter(l -> l.startsWith(field))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
