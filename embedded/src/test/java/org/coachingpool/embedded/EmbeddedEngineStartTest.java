package org.coachingpool.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coachingpool.platform.StartupProblem;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEngineStartTest {

    @TempDir
    Path dir;

    @Test
    void aTakenEnginePortIsNamedWithTheSettingToChange() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            Path log = dir.resolve("zeebe.log");
            assertThatThrownBy(() -> new EmbeddedEngine(log, "127.0.0.1", port, Duration.ofMinutes(1)))
                    .isInstanceOfSatisfying(StartupProblem.class, problem -> {
                        assertThat(problem.getMessage()).contains("port " + port).contains("already in use");
                        assertThat(problem.fix()).contains("COACHINGPOOL_EMBEDDED_ENGINEPORT");
                    });
            assertThat(Files.exists(log)).as("nothing is written when the port is taken").isFalse();
        }
    }

    @Test
    void aDatabaseFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> EmbeddedDatabase.start(file.resolve("postgres"), 0))
                .isInstanceOfSatisfying(StartupProblem.class,
                        problem -> assertThat(problem.getMessage()).contains("cannot create the database folder"));
    }

    @Test
    void theEngineStateLeftByAnEarlierRunIsEmptiedAndTheLogKept() throws Exception {
        Path log = Files.writeString(dir.resolve("zeebe.log"), "the record");
        Path leftOver = dir.resolve("state").resolve("runtime").resolve("000042.sst");
        Files.createDirectories(leftOver.getParent());
        Files.writeString(leftOver, "state a crash left behind");

        Path state = EmbeddedEngine.freshStateFolder(log);

        assertThat(state).isEqualTo(dir.resolve("state").toAbsolutePath()).isDirectory().isEmptyDirectory();
        assertThat(log).hasContent("the record");
    }

    @Test
    void aSecondCopyOnTheSameDataFolderIsRefusedAndTheRunningOnesStateIsLeftAlone() throws Exception {
        Path log = dir.resolve("engine").resolve("zeebe.log");
        try (var running = new EmbeddedEngine(log, "127.0.0.1", EmbeddedStackTest.freePort(),
                Duration.ofMinutes(1))) {
            Path state = dir.resolve("engine").resolve("state");
            long files;
            try (var listed = Files.list(state)) {
                files = listed.count();
            }
            int otherPort = EmbeddedStackTest.freePort();
            assertThatThrownBy(() -> new EmbeddedEngine(log, "127.0.0.1", otherPort, Duration.ofMinutes(1)))
                    .isInstanceOfSatisfying(StartupProblem.class, problem -> {
                        assertThat(problem.getMessage()).contains("in use by another copy");
                        assertThat(problem.fix()).contains("COACHINGPOOL_EMBEDDED_DATADIR");
                    });
            try (var listed = Files.list(state)) {
                assertThat(listed.count()).as("the running engine's state is untouched").isEqualTo(files);
            }
        }
        try (var again = new EmbeddedEngine(log, "127.0.0.1", EmbeddedStackTest.freePort(),
                Duration.ofMinutes(1))) {
            assertThat(again.address()).as("free again once the first copy has stopped").startsWith("http://");
        }
    }
}
