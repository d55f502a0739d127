package org.coachingpool.worklist;

import java.time.Clock;
import java.time.Duration;
import org.coachingpool.cases.CaseId;
import org.coachingpool.worklist.repository.WorkItemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes out of people's lists the tasks the process no longer waits for, asking the engine about
 * each first: nobody opens a task that has gone, and none that still waits is lost.
 */
@Service
public class TaskWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(TaskWithdrawal.class);

    private final WorkItemRepository items;
    private final HumanTaskEngine engine;
    private final InboxUpdates updates;
    private final Clock clock;
    private final Duration jobTimeout;
    /** Each withdrawal commits on its own: the sweep asks the engine between them. */
    private final TransactionTemplate ownTransaction;

    TaskWithdrawal(WorkItemRepository items, HumanTaskEngine engine, InboxUpdates updates, Clock clock,
            @Value("${coachingpool.worklist.job-timeout}") Duration jobTimeout,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.engine = engine;
        this.updates = updates;
        this.clock = clock;
        this.jobTimeout = jobTimeout;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Withdraws the open items of a case that the process no longer waits for (a deadline passed,
     * another mentor volunteered, the relationship ended early), so they leave people's inboxes.
     * Each item still waiting is held for another job timeout.
     *
     * @param except an item known to be new, not worth asking about
     * @return how many items were withdrawn
     */
    public int withdrawCancelled(CaseId caseId, WorkItemId except) {
        int withdrawn = 0;
        for (WorkItem item : items.forCase(caseId)) {
            // An item its person completed since it was read is no longer OPEN, and stays as it is.
            if (item.state() == WorkItemState.OPEN && !item.id().equals(except) && !askStillWaiting(item)
                    && Boolean.TRUE.equals(ownTransaction.execute(
                            tx -> items.setState(item.id(), WorkItemState.OPEN, WorkItemState.WITHDRAWN)))) {
                log.info("Work item {} ({}) was cancelled by the process; withdrawn", item.id(), item.elementId());
                updates.changed(item);
                withdrawn++;
            }
        }
        return withdrawn;
    }

    /** The slow sweep: every open item not heard of for a while. */
    public int withdrawCancelledEverywhere(Duration notSeenFor) {
        int withdrawn = 0;
        for (WorkItem item : items.openNotSeenSince(clock.instant().minus(notSeenFor))) {
            if (!askStillWaiting(item)) {
                if (Boolean.TRUE.equals(ownTransaction.execute(
                        tx -> items.setState(item.id(), WorkItemState.OPEN, WorkItemState.WITHDRAWN)))) {
                    updates.changed(item);
                    withdrawn++;
                }
            } else {
                items.seen(item.id(), clock.instant());
            }
        }
        return withdrawn;
    }

    private boolean askStillWaiting(WorkItem item) {
        try {
            return engine.stillWaiting(item.jobKey(), jobTimeout);
        } catch (RuntimeException e) {
            log.warn("Could not ask the engine about work item {}: {}", item.id(), e.getMessage());
            return true;
        }
    }
}
