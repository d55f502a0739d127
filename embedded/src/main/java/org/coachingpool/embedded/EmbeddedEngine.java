package org.coachingpool.embedded;

import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.engine.DurableEngineAssembly;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.coachingpool.platform.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Zeebe engine run inside the app, its log kept in a file so cases survive restarts and
 * kill -9. Ready when constructed: the log is replayed and gRPC is open.
 */
public final class EmbeddedEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngine.class);

    private final FileChannel folderLock;
    private final FileLogStorage storage;
    private final DurableEngineAssembly engine;
    private final String address;

    EmbeddedEngine(Path logFile, String host, int port, Duration replayTimeout) {
        requireFreePort(host, port);
        long started = System.nanoTime();
        folderLock = lockFolder(logFile.toAbsolutePath().getParent());
        try {
            storage = new FileLogStorage(logFile);
        } catch (RuntimeException e) {
            closeQuietly(folderLock);
            throw e;
        }
        var report = storage.openReport();
        // The engine's actor and gRPC threads are created below and inherit this thread's context
        // class loader; zeebe-dmn finds its FEEL value mapper through it (ServiceLoader). In the
        // packaged jar only the app's class loader sees BOOT-INF/lib, and the calling thread may
        // carry the system loader (a common fork-join pool thread does): then every decision
        // fails with "Expected DMN evaluation result to be of type ...Val". ADR 0001.
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedEngine.class.getClassLoader());
        try {
            try {
                engine = DurableEngineAssembly.assemble(storage, freshStateFolder(logFile), host, port);
            } catch (RuntimeException e) {
                storage.close();
                closeQuietly(folderLock);
                throw e;
            }
            startOrExplain(logFile, replayTimeout);
        } finally {
            thread.setContextClassLoader(callers);
        }
        address = "http://" + host + ":" + port;
        log.info("Embedded Zeebe engine ready at {} after replaying {} log blocks ({} bytes) in {} ms", address,
                report.blocks(), report.bytes(), (System.nanoTime() - started) / 1_000_000);
    }

    private void startOrExplain(Path logFile, Duration replayTimeout) {
        try {
            engine.start(replayTimeout);
        } catch (RuntimeException e) {
            closeQuietly();
            throw new StartupProblem("the embedded engine could not rebuild its state from " + logFile.toAbsolutePath()
                    + " (" + e.getMessage() + ")",
                    "move that file aside (do not delete it) and report it; starting with a new log starts with no cases",
                    e);
        }
    }

    /**
     * Holds the engine folder for this process until {@link #close}: a second copy of the service
     * started on the same data folder (on other ports) would otherwise append to the same log and
     * empty the state folder of the running one. The operating system releases the lock when the
     * process dies, kill -9 included.
     */
    private static FileChannel lockFolder(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve("engine.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException sameProcess) {
            // Held by this very JVM: as much in use as by another process.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupProblem("the engine folder " + folder + " could not be locked (" + e.getMessage() + ")",
                    "check that the service may write to its data folder", e);
        }
        closeQuietly(channel);
        throw new StartupProblem("the engine folder " + folder + " is in use by another copy of the service",
                "stop that copy first, or give this one a data folder of its own (COACHINGPOOL_EMBEDDED_DATADIR)");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("closing the engine folder's lock", e);
            }
        }
    }

    /**
     * The folder beside the log where the engine keeps its state. The log is the record; the state
     * is derived from it, so it is emptied at each start and rebuilt by replay: nothing a crash
     * left half-written there can disagree with the log.
     */
    static Path freshStateFolder(Path logFile) {
        Path folder = logFile.toAbsolutePath().getParent().resolve("state");
        try {
            if (Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StartupProblem("the engine's state folder " + folder + " could not be emptied (" + e.getMessage()
                    + ")", "check that the service may write to its data folder", e);
        }
        return folder;
    }

    private static void requireFreePort(String host, int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new StartupProblem("port " + port + " for the embedded engine is already in use",
                    "stop the program using it (is the service already running?) or set COACHINGPOOL_EMBEDDED_ENGINEPORT "
                            + "to a free port");
        }
    }

    public String address() {
        return address;
    }

    /**
     * Holds the log still while {@code whileHeld} runs (the database's backup), then copies it:
     * the copy is the log as it was when the hold began, so everything the database backup holds
     * of the engine's work is in it too (ADR 0024).
     *
     * @return the bytes of log copied
     */
    long backUpLog(Path target, Callable<?> whileHeld) throws Exception {
        try (var frozen = storage.freeze()) {
            whileHeld.call();
            storage.copyTo(target, frozen.length());
            return frozen.length();
        }
    }

    /** Moves the engine clock forward, so tests on the embedded stack can fire timers. */
    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
    }

    /** The engine's own records, for benchmarks and diagnostics. */
    public RecordStreamSource records() {
        return engine.recordStream();
    }

    /** Follows the engine's log for incidents; see {@link EmbeddedIncidentFeed}. */
    EmbeddedIncidentFeed incidentFeed() {
        return new EmbeddedIncidentFeed(engine.newLogReader());
    }

    /** Follows the engine's log for running instances; see {@link EmbeddedRunningInstances}. */
    EmbeddedRunningInstances runningInstances() {
        return new EmbeddedRunningInstances(engine.newLogReader());
    }

    private void closeQuietly() {
        try {
            engine.close();
        } catch (RuntimeException e) {
            log.debug("closing a failed engine", e);
        }
        storage.close();
        closeQuietly(folderLock);
    }

    @Override
    public void close() {
        engine.close();
        storage.close();
        closeQuietly(folderLock);
    }
}
