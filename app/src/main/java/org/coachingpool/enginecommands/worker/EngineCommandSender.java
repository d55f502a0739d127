package org.coachingpool.enginecommands.worker;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.coachingpool.enginecommands.EngineCommands;
import org.coachingpool.enginecommands.EngineWorkOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the engine-command outbox: what a transaction wrote is sent once it commits, on the
 * committing thread as before (so a person who ended a relationship early sees the case move at
 * once); every few seconds a pass sends whatever waits, including what a stopped copy of the app
 * or an engine outage left, in {@code engine_command} and in each feature's own
 * {@link org.coachingpool.enginecommands.EngineWorkOutbox} (completed tasks). Sent commands are
 * deleted after a week.
 */
@Component
class EngineCommandSender {

    private static final Logger log = LoggerFactory.getLogger(EngineCommandSender.class);
    private final EngineCommands commands;
    /** Features' own stores of work for the engine (completed tasks), sent by the same pass. */
    private final List<EngineWorkOutbox> outboxes;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("engine-command-sender").factory());
    private final AtomicBoolean passWanted = new AtomicBoolean();

    EngineCommandSender(EngineCommands commands, List<EngineWorkOutbox> outboxes) {
        this.commands = commands;
        this.outboxes = outboxes;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void committed(EngineCommands.Written written) {
        try {
            commands.deliver(List.of(written.id()));
        } catch (RuntimeException e) {
            // The database is out of reach: the periodic pass sends it.
            log.warn("Engine command {} is stored; it goes with the next pass: {}", written.id(), e.getMessage());
        }
    }

    /** What waited when the app stopped goes with the first pass, whatever its wait. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        try {
            int waiting = commands.everythingDueNow();
            if (waiting > 0) {
                log.info("{} engine commands stored before this start are sent now", waiting);
            }
        } catch (RuntimeException e) {
            log.warn("Engine commands stored before this start go at their own time: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${coachingpool.engine-commands.interval:5s}",
            initialDelayString = "${coachingpool.engine-commands.first-after:5s}")
    void everyFewSeconds() {
        if (passWanted.compareAndSet(false, true)) {
            runner.execute(this::pass);
        }
    }

    private void pass() {
        passWanted.set(false);
        try {
            commands.deliverDue();
        } catch (RuntimeException e) {
            log.warn("The engine-command pass stopped; the next one carries on: {}", e.getMessage());
        }
        for (var outbox : outboxes) {
            try {
                outbox.sendWaiting();
            } catch (RuntimeException e) {
                log.warn("{} stopped this pass; the next one carries on: {}", outbox.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void prune() {
        try {
            int deleted = commands.prune();
            if (deleted > 0) {
                log.info("Deleted {} engine commands sent over a week ago", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Sent engine commands were not pruned this hour: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdown();
    }
}
