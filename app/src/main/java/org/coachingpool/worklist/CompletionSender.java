package org.coachingpool.worklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.coachingpool.definitions.RunningInstances;
import org.coachingpool.worklist.repository.WorkItemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of completing a task: telling the engine once the person's answer has
 * committed ({@link Worklist#complete} is the first). A completion the engine did not take stays
 * stored and is sent again, so it is never lost and never applied twice (ADR 0028).
 */
@Service
public class CompletionSender {

    private static final Logger log = LoggerFactory.getLogger(CompletionSender.class);

    private final WorkItemRepository items;
    private final HumanTaskEngine engine;
    private final InboxUpdates updates;
    private final WorklistMetrics metrics;
    private final Clock clock;
    private final ObjectMapper json;
    /** How a step ended, when the engine no longer has its job. */
    private final ObjectProvider<RunningInstances> instances;
    /** State changes after the engine answered run in their own transaction: the caller's has committed. */
    private final TransactionTemplate ownTransaction;

    CompletionSender(WorkItemRepository items, HumanTaskEngine engine, InboxUpdates updates, WorklistMetrics metrics,
            Clock clock, ObjectMapper json, ObjectProvider<RunningInstances> instances,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.engine = engine;
        this.updates = updates;
        this.metrics = metrics;
        this.clock = clock;
        this.json = json;
        this.instances = instances;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A completion stored in a transaction: the engine is told once it commits. The work item in
     * state COMPLETING is the outbox row (ADR 0028): the engine-command sender's pass sends what is left.
     */
    record CompletionStored(WorkItemId id, long jobKey, Map<String, Object> variables, Instant submitted,
            WorkItem changed) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCompletionStored(CompletionStored stored) {
        send(stored.id(), stored.jobKey(), stored.variables(), stored.submitted());
        if (stored.changed() != null) {
            updates.changed(stored.changed());
        }
    }

    /**
     * Tells the engine. Technical failures leave the item COMPLETING for the retry; only a
     * NOT_FOUND is final, and then the item is withdrawn.
     *
     * @return the state the item ends in
     */
    WorkItemState send(WorkItemId id, long jobKey, Map<String, Object> variables, Instant submitted) {
        HumanTaskEngine.Outcome outcome;
        try {
            outcome = engine.complete(jobKey, variables);
        } catch (RuntimeException e) {
            metrics.completionFailed();
            log.warn("The engine did not take the completion of work item {} (job {}); it will be sent again: {}", id,
                    jobKey, e.getMessage());
            return WorkItemState.COMPLETING;
        }
        if (outcome == HumanTaskEngine.Outcome.NOT_FOUND) {
            return afterJobGone(id, jobKey);
        }
        ownTransaction.executeWithoutResult(
                tx -> items.setState(id, WorkItemState.COMPLETING, WorkItemState.COMPLETED));
        metrics.completed(Duration.between(submitted, clock.instant()));
        return WorkItemState.COMPLETED;
    }

    /**
     * The engine no longer has the job. Either an earlier send of this completion was taken and
     * only its answer was lost (a dropped connection, a crash just after sending), or the process
     * cancelled the task meanwhile. The step itself tells which; until the engine says, the
     * completion stays stored and is asked about again by the retry.
     */
    private WorkItemState afterJobGone(WorkItemId id, long jobKey) {
        RunningInstances.StepState step;
        try {
            step = items.elementInstanceKeyOf(id).map(instances.getObject()::userTaskState)
                    .orElse(RunningInstances.StepState.UNKNOWN);
        } catch (RuntimeException e) {
            log.warn("Could not ask the engine how work item {} (job {}) ended: {}", id, jobKey, e.getMessage());
            return WorkItemState.COMPLETING;
        }
        WorkItemState now = switch (step) {
            case COMPLETED -> WorkItemState.COMPLETED;
            case TERMINATED -> WorkItemState.WITHDRAWN;
            case WAITING, UNKNOWN -> WorkItemState.COMPLETING;
        };
        if (now == WorkItemState.COMPLETING) {
            log.info("Work item {} (job {}): the engine has not said yet how its step ended; asked again later", id,
                    jobKey);
            return now;
        }
        ownTransaction.executeWithoutResult(tx -> items.setState(id, WorkItemState.COMPLETING, now));
        if (now == WorkItemState.WITHDRAWN) {
            log.info("Work item {} (job {}) was no longer waiting in the engine; withdrawn", id, jobKey);
        } else {
            log.info("Work item {} (job {}) had been completed by an earlier send whose answer was lost", id, jobKey);
        }
        return now;
    }

    /**
     * Sends every completion stored before the given time that the engine has not taken, however
     * many: after a crash they are all that stands between their cases and the next step.
     *
     * @return how many reached the engine (or were found taken or withdrawn)
     */
    public int resendCompletionsStoredBefore(Instant before) {
        int sent = 0;
        WorkItemRepository.PendingCompletion last = null;
        while (true) {
            var page = items.pendingCompletions(before, last);
            for (var pending : page) {
                if (send(pending.id(), pending.jobKey(), fromJson(json, pending.variablesJson()),
                        pending.submittedAt()) != WorkItemState.COMPLETING) {
                    sent++;
                }
            }
            if (page.size() < WorkItemRepository.PENDING_PAGE) {
                return sent;
            }
            last = page.getLast();
        }
    }

    /** The variables as stored beside a completing item. */
    static String toJson(ObjectMapper json, Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variables cannot be stored: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> fromJson(ObjectMapper json, String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored variables are unreadable: " + e.getMessage(), e);
        }
    }
}
