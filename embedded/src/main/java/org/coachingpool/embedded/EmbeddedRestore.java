package org.coachingpool.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.coachingpool.platform.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of the data folder before anything starts (ADR 0024). The data folder
 * that was there is moved aside, never deleted. A marker remembers which backup was restored, so
 * a restart with the same setting left in place does not restore it again over newer work.
 */
final class EmbeddedRestore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRestore.class);
    static final String MARKER = "restored-from.txt";

    private EmbeddedRestore() {
    }

    /** @return whether the backup was restored now (false when it was restored here before) */
    static boolean restore(Path backup, Path dataDir, Instant now) {
        Path description = backup.resolve(EmbeddedBackups.DESCRIPTION);
        if (!Files.exists(description) || !Files.isDirectory(backup.resolve("postgres"))
                || !Files.exists(backup.resolve("engine").resolve("zeebe.log"))) {
            throw new StartupProblem(backup.toAbsolutePath() + " is not a complete backup (it needs "
                    + EmbeddedBackups.DESCRIPTION + ", postgres/ and engine/zeebe.log)",
                    "give the folder of a backup the service took, for example "
                            + "data-backups/coachingpool-2026-12-03T021000");
        }
        String identity = backup.toAbsolutePath().normalize() + "\n" + read(description);
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker) && read(marker).equals(identity)) {
            log.warn("The data folder {} was already restored from {}; starting on it as it is now. Remove the restore "
                    + "setting (--restore or COACHINGPOOL_EMBEDDED_RESTOREFROM).", dataDir.toAbsolutePath(), backup);
            return false;
        }
        try {
            if (Files.exists(dataDir)) {
                Path aside = dataDir.toAbsolutePath().normalize().resolveSibling(dataDir.toAbsolutePath().normalize()
                        .getFileName() + "-before-restore-" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss")
                        .format(now.atZone(ZoneOffset.UTC)));
                Files.move(dataDir, aside);
                log.warn("Moved the data folder {} aside to {} before restoring", dataDir.toAbsolutePath(), aside);
            }
            copy(backup.resolve("postgres"), dataDir.resolve("postgres"));
            copy(backup.resolve("engine"), dataDir.resolve("engine"));
            if (Files.exists(backup.resolve("encryption.keys"))) {
                Files.copy(backup.resolve("encryption.keys"), dataDir.resolve("encryption.keys"),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            // PostgreSQL refuses a data folder others may read.
            Files.setPosixFilePermissions(dataDir.resolve("postgres"), PosixFilePermissions.fromString("rwx------"));
            Files.writeString(marker, identity);
        } catch (IOException e) {
            throw new StartupProblem("restoring " + backup.toAbsolutePath() + " into " + dataDir.toAbsolutePath()
                    + " failed (" + e.getMessage() + ")", "check the space and permissions there, and try again", e);
        }
        log.warn("Restored the backup {} into {}", backup.toAbsolutePath(), dataDir.toAbsolutePath());
        return true;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
