package org.coachingpool.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One line per fault, appended before the fault happens: the operating system keeps what was
 * written when the JVM halts, so the suite counts every kill. The suite appends the faults it
 * makes from outside (kill -9, restarts) to the same file.
 */
final class FaultLog {

    static final String FILE = "faults.log";

    private final Path file;

    FaultLog(Path dir) {
        this.file = dir.resolve(FILE);
    }

    synchronized void record(String kind, String where) {
        try {
            Files.writeString(file, kind + " " + where + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
