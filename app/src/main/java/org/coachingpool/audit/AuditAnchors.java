package org.coachingpool.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The head of the audit chain, written outside the database (issue 27): to the app's log, to a file
 * of its own when one is set (the embedded default keeps it beside the data), and by email to the
 * pool team. A chain can be rebuilt whole by someone with the database's rights and the keys; an
 * anchor they cannot reach shows entries removed from its end or rewritten before it.
 */
@Component
class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    /** An anchored head: the entry's number and its link. */
    record Anchor(long seq, String link, Instant at) {
    }

    private final Path file;

    AuditAnchors(@Value("${coachingpool.audit.anchor-file:}") String file) {
        this.file = file == null || file.isBlank() ? null : Path.of(file);
    }

    /** The newest anchor written to the file, if there is a file. */
    Optional<Anchor> latest() {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .reduce((first, second) -> second).map(AuditAnchors::parse);
        } catch (IOException | RuntimeException unreadable) {
            log.error("The audit anchor file {} cannot be read: {}", file, unreadable.getMessage());
            return Optional.empty();
        }
    }

    void write(Anchor anchor) {
        log.info("Audit log anchored: entry {} has the link {} ({})", anchor.seq(), anchor.link(), anchor.at());
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, anchor.seq() + " " + anchor.link() + " " + anchor.at() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.error("The audit anchor could not be written to {}: {}", file, e.getMessage());
        }
    }

    private static Anchor parse(String line) {
        String[] parts = line.strip().split(" ");
        return new Anchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]));
    }
}
