package org.coachingpool.embedded;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded default: where its data lives and which ports it uses.
 *
 * @param dataDir the folder holding the database and the engine log; keep it to keep every case
 * @param engineHost the address the embedded engine's gRPC gateway binds to
 * @param enginePort the gRPC port of the embedded engine, which the app's own client uses too
 * @param databasePort the embedded PostgreSQL port; 0 picks a free one
 * @param replayTimeout how long the engine may take to rebuild its state from the log
 * @param backupDir where nightly backups go; unset, a folder beside the data folder ({@code data-backups})
 * @param backupsKept how many backups to keep; older ones are deleted after each new one
 * @param restoreFrom a backup to restore into the data folder before starting (the data there is moved aside)
 */
@ConfigurationProperties("coachingpool.embedded")
public record EmbeddedSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("127.0.0.1") String engineHost,
        @DefaultValue("26500") int enginePort,
        @DefaultValue("0") int databasePort,
        @DefaultValue("10m") Duration replayTimeout,
        Path backupDir,
        @DefaultValue("7") int backupsKept,
        Path restoreFrom) {

    public Path backups() {
        return backupDir != null ? backupDir
                : dataDir.toAbsolutePath().normalize().resolveSibling(dataDir.toAbsolutePath().normalize().getFileName()
                        + "-backups");
    }
}
