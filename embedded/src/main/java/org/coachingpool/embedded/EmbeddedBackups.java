package org.coachingpool.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Backups of the embedded default, each a folder holding a consistent copy of the database, the
 * engine log and the encryption keys (ADR 0024). The engine's log is held still while the
 * database is copied, and copied as it was when the hold began: every step the engine took is
 * then in the database copy too, and what the database holds beyond it is work in flight that
 * the app finishes after a restore, as after a crash.
 */
public class EmbeddedBackups {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackups.class);
    static final String PREFIX = "coachingpool-";
    static final String DESCRIPTION = "backup.properties";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

    private final EmbeddedRuntime runtime;
    private final DataSource dataSource;
    private final EmbeddedSettings settings;
    private final Clock clock;

    EmbeddedBackups(EmbeddedRuntime runtime, DataSource dataSource, EmbeddedSettings settings, Clock clock) {
        this.runtime = runtime;
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /** Each night, and kept to the newest few. */
    @Scheduled(cron = "${coachingpool.embedded.backup-cron:0 10 2 * * *}", zone = "Europe/London")
    public void nightly() {
        try {
            take();
        } catch (RuntimeException e) {
            log.error("The nightly backup failed; the data folder is untouched. Next try tomorrow night.", e);
        }
    }

    /**
     * Takes a backup now.
     *
     * @return the backup's folder
     */
    public synchronized Path take() {
        var started = clock.instant();
        // Timed apart from the app's clock, which the demo's simulator moves through a past year.
        long startedNanos = System.nanoTime();
        Path folder = settings.backups().resolve(PREFIX + NAME.format(started.atZone(ZoneOffset.UTC)));
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            long logBytes = runtime.engine().backUpLog(partial.resolve("engine").resolve("zeebe.log"), () -> {
                runtime.database().backUpTo(partial.resolve("postgres"), dataSource);
                return null;
            });
            Path keys = settings.dataDir().resolve("encryption.keys");
            boolean withKeys = Files.exists(keys);
            if (withKeys) {
                Files.copy(keys, partial.resolve("encryption.keys"), StandardCopyOption.COPY_ATTRIBUTES);
            }
            var description = new Properties();
            description.setProperty("taken-at", started.toString());
            description.setProperty("engine-log-bytes", Long.toString(logBytes));
            description.setProperty("encryption-keys", Boolean.toString(withKeys));
            description.setProperty("restore", "./run --restore " + folder.toAbsolutePath());
            try (var out = Files.newBufferedWriter(partial.resolve(DESCRIPTION))) {
                description.store(out, "Coaching Pool backup of the embedded default (database, engine log, keys)");
            }
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup taken in {} ms: {} (engine log {} bytes{})",
                    (System.nanoTime() - startedNanos) / 1_000_000, folder.toAbsolutePath(), logBytes,
                    withKeys ? ", with the encryption keys" : "");
            prune();
            return folder;
        } catch (Exception e) {
            try {
                deleteTree(partial);
            } catch (IOException ignored) {
                // The next backup clears it.
            }
            throw new IllegalStateException("The backup into " + folder.toAbsolutePath() + " failed: " + e.getMessage(),
                    e);
        }
    }

    /** The backups there are, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(settings.backups())) {
            return List.of();
        }
        try (var entries = Files.list(settings.backups())) {
            return entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && Files.exists(p.resolve(DESCRIPTION)))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        var all = list();
        for (Path old : all.subList(Math.min(Math.max(settings.backupsKept(), 1), all.size()), all.size())) {
            deleteTree(old);
            log.info("Deleted the old backup {}", old.toAbsolutePath());
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
