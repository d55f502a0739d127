package org.coachingpool.matching;

import java.util.Map;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.pool.PoolMemberChanged;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.CompletionGuard;
import org.coachingpool.worklist.WorkItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps holds true as offers are answered, decides which of two mentors volunteering at once is
 * first, frees the holds of a case that ended, and ranks the waiting list again whenever a place
 * may have come free.
 */
@Component
class MatchingGuard implements CompletionGuard {

    private final Matching matching;
    private final WaitingList waitingList;
    private final ApplicationEventPublisher events;

    MatchingGuard(Matching matching, WaitingList waitingList,
            ApplicationEventPublisher events) {
        this.matching = matching;
        this.waitingList = waitingList;
        this.events = events;
    }

    @Override
    public void beforeCompletion(WorkItem item, CurrentUser user, Map<String, Object> variables) {
        if (item.caseId() == null) {
            return;
        }
        switch (item.elementId()) {
            case RelationshipProcess.TASK_OFFER -> {
                boolean accepted = "ACCEPTED".equals(variables.get("offerResponse"));
                matching.offerAnswered(item, user, accepted);
                if (!accepted) {
                    events.publishEvent(new WaitingList.PlaceFreed());
                }
            }
            case RelationshipProcess.TASK_OFFER_TO_MENTORS -> {
                if (variables.get(RelationshipProcess.VAR_VOLUNTEER) != null) {
                    matching.volunteered(item, user);
                }
            }
            default -> { }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMoved(CaseMoved moved) {
        if (moved.stage().isFinal()) {
            matching.caseEnded(moved.caseId());
            waitingList.rankAgainSoon();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onMemberChanged(PoolMemberChanged changed) {
        waitingList.rankAgainSoon();
    }
}
