package org.coachingpool.worklist.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.coachingpool.worklist.HumanTaskEngine;
import org.springframework.stereotype.Component;

/** Completes job-worker user tasks with the job's complete command over gRPC. */
@Component
class ZeebeHumanTaskEngine implements HumanTaskEngine {

    private final CamundaClient client;

    ZeebeHumanTaskEngine(CamundaClient client) {
        this.client = client;
    }

    @Override
    public Outcome complete(long jobKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(jobKey).variables(variables).requestTimeout(Duration.ofSeconds(10)).send().join();
            return Outcome.COMPLETED;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return Outcome.NOT_FOUND;
            }
            throw e;
        }
    }

    @Override
    public boolean stillWaiting(long jobKey, Duration holdFor) {
        try {
            client.newUpdateTimeoutCommand(jobKey).timeout(holdFor).requestTimeout(Duration.ofSeconds(10)).send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            // e.g. the job's hold lapsed and it waits to be handed out again: still waiting.
            if (e.getStatusCode() == Status.Code.FAILED_PRECONDITION) {
                return true;
            }
            throw e;
        }
    }
}
