package org.coachingpool.matching;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.springframework.stereotype.Component;

/**
 * Tells the engine that a place may be free for a waiting case. A message nobody waits for is
 * dropped (no time to live): the case is then not at the waiting step, or the daily re-ranking
 * in the model picks it up.
 */
@Component
class WaitingListMessages {

    private final CamundaClient client;

    WaitingListMessages(CamundaClient client) {
        this.client = client;
    }

    /** Sends without waiting for the engine's answer; join the result to know it arrived. */
    java.util.concurrent.CompletableFuture<?> placeMayBeFree(CaseId caseId) {
        return client.newPublishMessageCommand()
                .messageName(RelationshipProcess.MESSAGE_CAPACITY_APPEARED)
                .correlationKey(caseId.toString())
                .timeToLive(Duration.ZERO)
                .requestTimeout(Duration.ofSeconds(10))
                .send()
                .toCompletableFuture();
    }
}
