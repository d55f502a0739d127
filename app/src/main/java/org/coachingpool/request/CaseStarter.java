package org.coachingpool.request;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.worklist.EngineVariables;
import org.springframework.stereotype.Component;

/**
 * Starts a case's process by message: the case id is the correlation key and the message id,
 * and a message start event opens at most one instance per correlation key, so sending again
 * after a failure or a restart cannot start a second instance.
 */
@Component
class CaseStarter {

    private final CamundaClient client;

    CaseStarter(CamundaClient client) {
        this.client = client;
    }

    void start(CaseId caseId, String thinker, String sponsor, KindWanted kind, ReadinessAnswers.Readiness readiness) {
        Map<String, Object> variables = EngineVariables.requireSafe(Map.of(
                RelationshipProcess.VAR_CASE_ID, caseId.toString(),
                RelationshipProcess.VAR_THINKER, thinker,
                RelationshipProcess.VAR_SPONSOR, sponsor,
                RelationshipProcess.VAR_KIND_WANTED, kind.name(),
                RelationshipProcess.VAR_READINESS, readiness.name()));
        client.newPublishMessageCommand()
                .messageName(RelationshipProcess.MESSAGE_REQUESTED)
                .correlationKey(caseId.toString())
                .messageId(caseId.toString())
                .timeToLive(Duration.ZERO)
                .variables(variables)
                .requestTimeout(Duration.ofSeconds(10))
                .send()
                .join();
    }
}
