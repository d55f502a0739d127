package org.coachingpool.enginecommands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coachingpool.cases.CaseErasing;
import org.coachingpool.enginecommands.repository.EngineCommandRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a command reaches the engine after a commit (ADR 0028). A feature writes the command
 * in the transaction that stores what it reports; once that commits it is sent, and if the engine
 * is away, or the app dies first, it is sent again with growing waits until the engine takes it.
 * Sending twice is harmless (each message has an id, a start message opens one instance per key),
 * and commands with one order key go in the order they were written. The feature hears the outcome
 * through {@link CommandDelivered} and {@link CommandNotDelivered}.
 */
@Service
public class EngineCommands {

    private static final Logger log = LoggerFactory.getLogger(EngineCommands.class);
    /** A pass takes at most this many commands at a time, and goes on while there are more. */
    static final int BATCH = 100;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** Sent commands are kept this long for whoever looks into a case, then deleted. */
    static final Duration KEPT = Duration.ofDays(7);

    private final EngineCommandRepository commands;
    private final CamundaClient engine;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;
    /** The wait after the first failure; it doubles with each one after, to {@link #LONGEST_WAIT}. */
    private final Duration firstWait;

    EngineCommands(EngineCommandRepository commands, CamundaClient engine, ApplicationEventPublisher events,
            ObjectMapper json, PlatformTransactionManager transactions,
            @Value("${coachingpool.engine-commands.first-wait:5s}")
            Duration firstWait) {
        this.firstWait = firstWait;
        this.commands = commands;
        this.engine = engine;
        this.events = events;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Written in a transaction; its commit sends what it wrote. Internal to the feature. */
    public record Written(long id) {
    }

    /**
     * Writes a message in the caller's transaction (or one of its own); it is sent once that
     * commits. Writing the same message id again writes nothing.
     *
     * @param orderKey what orders it: commands with the same key go in the order written
     * @param subject the writing feature's id of what it is about, returned in the outcome events
     */
    @Transactional
    public void publish(String orderKey, CommandPurpose purpose, String subject, EngineMessage message) {
        commands.insertMessage(orderKey, purpose.stored(), subject, message.name(), message.correlationKey(),
                        message.messageId(), message.timeToLive().toMillis(), toJson(message.variables()))
                .ifPresent(id -> events.publishEvent(new Written(id)));
    }

    /** Sends the commands just committed, each if it is next in its order. */
    public void deliver(List<Long> ids) {
        // Its own transaction: after a commit the caller's connection is still bound to the thread,
        // and a take made on it would hold its row locks until that connection is next used.
        send(ownTransaction.execute(tx -> commands.take(ids)));
    }

    /** Sends every command whose wait is over. @return how many the engine took */
    public int deliverDue() {
        int taken = 0;
        while (true) {
            var due = ownTransaction.execute(tx -> commands.takeDue(BATCH));
            taken += send(due);
            if (due.size() < BATCH) {
                return taken;
            }
        }
    }

    /**
     * Sends the unsent commands of an order key now, whatever their wait (a pool admin pressed
     * "Try again").
     *
     * @return whether there was anything unsent
     */
    public boolean sendNow(String orderKey) {
        if (ownTransaction.execute(tx -> commands.dueNow(orderKey)) == 0) {
            return false;
        }
        // The next of the key first; each one sent lets the one after it go.
        for (int round = 0; round < 10; round++) {
            var taken = ownTransaction.execute(tx -> commands.takeOf(orderKey));
            if (taken.isEmpty() || send(taken) < taken.size()) {
                break;
            }
        }
        return true;
    }

    /**
     * After a start nothing from before it is on its way, so whatever waits goes at once rather than
     * after the wait its last failure set (up to 5 minutes): the engine is usually back with the app.
     *
     * @return how many commands were waiting
     */
    public int everythingDueNow() {
        return ownTransaction.execute(tx -> commands.allDueNow());
    }

    /** Whether something written under the key has not reached the engine yet. */
    public boolean anyUnsent(String orderKey) {
        return commands.anyUnsent(orderKey);
    }

    /** Commands written longer ago than {@code age} that the engine has not taken. */
    public List<WaitingCommand> waitingLongerThan(Duration age) {
        return commands.unsentOlderThan(age).stream().map(p -> new WaitingCommand(p.id(), CommandPurpose.of(p.purpose()),
                p.orderKey(), p.subject(), p.writtenAt(), p.attempts(), p.lastError())).toList();
    }

    /** Deletes sent commands past their keeping time. */
    public int prune() {
        return commands.deleteSentBefore(KEPT);
    }

    /** The case goes whole: so do the commands written about it. */
    @EventListener
    void onErasing(CaseErasing erasing) {
        commands.deleteOf(erasing.caseId().toString());
    }

    /** @return how many the engine took */
    private int send(List<EngineCommandRepository.Stored> taken) {
        int delivered = 0;
        Set<String> held = new HashSet<>();
        for (var command : taken) {
            if (held.contains(command.orderKey())) {
                continue;
            }
            String problem = publish(command);
            if (problem == null) {
                ownTransaction.executeWithoutResult(tx -> {
                    commands.sent(command.id());
                    events.publishEvent(new CommandDelivered(CommandPurpose.of(command.purpose()), command.subject()));
                });
                delivered++;
            } else {
                // Nothing after it in its order may overtake it.
                held.add(command.orderKey());
                Duration wait = waitAfter(firstWait, command.attempts() + 1);
                log.warn("The engine did not take {} for {} (attempt {}); sending it again in {} s: {}",
                        command.purpose(), command.subject(), command.attempts() + 1, wait.toSeconds(), problem);
                ownTransaction.executeWithoutResult(tx -> {
                    commands.failed(command.id(), wait, problem);
                    events.publishEvent(new CommandNotDelivered(CommandPurpose.of(command.purpose()),
                            command.subject(), command.attempts() + 1, problem));
                });
            }
        }
        return delivered;
    }

    /** @return null when the engine took it, else what went wrong */
    private String publish(EngineCommandRepository.Stored command) {
        try {
            engine.newPublishMessageCommand()
                    .messageName(command.messageName())
                    .correlationKey(command.correlationKey())
                    .messageId(command.messageId())
                    .timeToLive(Duration.ofMillis(command.timeToLiveMs()))
                    .variables(fromJson(command.variablesJson()))
                    .requestTimeout(Duration.ofSeconds(10))
                    .send().join();
            return null;
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
                // Sent before, and the answer was lost: the engine has it.
                return null;
            }
            return e.getStatus().getCode() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** With a first wait of 5 s: 5 s, 10 s, 20 s, ... at most 5 minutes. */
    static Duration waitAfter(Duration first, int attempts) {
        long millis = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 16);
        return Duration.ofMillis(Math.min(millis, LONGEST_WAIT.toMillis()));
    }

    private String toJson(Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Engine variables cannot be written as JSON", e);
        }
    }

    private Map<String, Object> fromJson(String stored) {
        try {
            return json.readValue(stored, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored engine command cannot be read", e);
        }
    }
}
