package org.coachingpool.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coachingpool.platform.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL 17 server run from the app, its data kept in a folder across restarts. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres server;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    static EmbeddedDatabase start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartupProblem("cannot create the database folder " + directory + " (" + e.getMessage() + ")",
                    "choose a writable folder with COACHINGPOOL_EMBEDDED_DATADIR");
        }
        stopStaleServer(directory);
        try {
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // The library's defaults are for throwaway test databases (fsync off,
                    // asynchronous commit). Cases must survive a power cut: turn both back on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "50")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            var server = builder.start();
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", server.getPort(),
                    directory.toAbsolutePath());
            return new EmbeddedDatabase(server, directory);
        } catch (IOException | RuntimeException e) {
            throw new StartupProblem("the embedded PostgreSQL in " + directory.toAbsolutePath()
                    + " did not start (" + rootMessage(e) + ")",
                    port > 0 ? "if another copy of the service is running, stop it; if port " + port
                            + " is taken, set COACHINGPOOL_EMBEDDED_DATABASEPORT to a free one"
                            : "if another copy of the service is running with the same data folder, stop it", e);
        }
    }

    /**
     * After a kill -9 of the JVM the PostgreSQL server it started lives on and holds the data
     * folder. Stop it (a clean shutdown, so no data is lost) before starting our own.
     */
    static void stopStaleServer(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> stale = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (stale.isEmpty()) {
            return; // PostgreSQL itself replaces a pid file whose process is gone.
        }
        ProcessHandle process = stale.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it first",
                process.pid(), directory.toAbsolutePath());
        process.destroy();
        try {
            process.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupProblem("a PostgreSQL server (pid " + process.pid() + ") left by an earlier run still holds "
                    + directory.toAbsolutePath() + " and did not stop",
                    "stop process " + process.pid() + " and start again");
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return server.getPort();
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
