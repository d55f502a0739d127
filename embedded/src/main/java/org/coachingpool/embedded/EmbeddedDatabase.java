package org.coachingpool.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
                    // A backup copies the data files, then the write-ahead log written meanwhile:
                    // keep enough of it that a checkpoint during the copy recycles none it needs.
                    .setServerConfig("wal_keep_size", "256MB")
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

    /** Folders whose contents a base backup leaves out (PostgreSQL documents each); pg_wal comes last. */
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_replslot",
            "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> FILES_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts",
            "epg-lock");

    /**
     * A consistent copy of the running database, by PostgreSQL's own low-level base backup: the
     * data files copied between {@code pg_backup_start} and {@code pg_backup_stop} on one
     * connection, then the write-ahead log, and the backup label PostgreSQL returns. Started on
     * the copy, PostgreSQL replays that log and opens at the moment the backup ended.
     */
    void backUpTo(Path target, DataSource dataSource) throws IOException, SQLException {
        Files.createDirectories(target);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("select pg_backup_start('coachingpool', true)");
            String label;
            String tablespaceMap;
            try {
                copyTree(directory, target);
            } finally {
                try (var stopped = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                    stopped.next();
                    label = stopped.getString(1);
                    tablespaceMap = stopped.getString(2);
                }
            }
            copyFolder(directory.resolve("pg_wal"), target.resolve("pg_wal"));
            Files.writeString(target.resolve("backup_label"), label);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                Files.writeString(target.resolve("tablespace_map"), tablespaceMap);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.getNameCount() > 1 && CONTENTS_LEFT_OUT.contains(relative.getName(0).toString())) {
                    continue;
                }
                String name = path.getFileName().toString();
                if (relative.getNameCount() == 1 && FILES_LEFT_OUT.contains(name) || name.startsWith("pgsql_tmp")) {
                    continue;
                }
                copyOne(path, to.resolve(relative.toString()));
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                copyOne(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void copyOne(Path path, Path target) throws IOException {
        try {
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException removedMeanwhile) {
            // PostgreSQL may drop a file while the backup runs; the log replay accounts for it.
        }
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
