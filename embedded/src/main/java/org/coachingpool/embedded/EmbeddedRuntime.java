package org.coachingpool.embedded;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database and engine, started side by side (they do not need each other to
 * start, and the engine's replay is the slow part of a restart) and closed in order: the engine
 * first, the database last.
 */
final class EmbeddedRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRuntime.class);

    private final EmbeddedDatabase database;
    private final EmbeddedEngine engine;

    private EmbeddedRuntime(EmbeddedDatabase database, EmbeddedEngine engine) {
        this.database = database;
        this.engine = engine;
    }

    static EmbeddedRuntime start(EmbeddedSettings settings) {
        if (settings.restoreFrom() != null) {
            EmbeddedRestore.restore(settings.restoreFrom(), settings.dataDir(), Instant.now());
        }
        // A thread of our own, not the common pool: it inherits the starting thread's context
        // class loader (EmbeddedEngine sets the right one anyway; see there).
        var engineStart = new CompletableFuture<EmbeddedEngine>();
        Thread.ofPlatform().name("embedded-engine-start").start(() -> {
            try {
                engineStart.complete(new EmbeddedEngine(settings.dataDir().resolve("engine").resolve("zeebe.log"),
                        settings.engineHost(), settings.enginePort(), settings.replayTimeout()));
            } catch (Throwable e) {
                engineStart.completeExceptionally(e);
            }
        });
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), settings.databasePort());
        } catch (RuntimeException e) {
            engineStart.thenAccept(EmbeddedEngine::close);
            throw e;
        }
        try {
            return new EmbeddedRuntime(database, engineStart.join());
        } catch (CompletionException e) {
            closeQuietly(database);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    EmbeddedDatabase database() {
        return database;
    }

    EmbeddedEngine engine() {
        return engine;
    }

    private static void closeQuietly(EmbeddedDatabase database) {
        try {
            database.close();
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            closeQuietly(database);
        }
    }
}
