package org.coachingpool.incidents;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.SearchResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Incidents of a Camunda 8 cluster, from its search API (Operate's data, served by the
 * orchestration cluster's REST API). The case of each incident comes from the case id variable of
 * its process instance, asked once per instance (ADR 0006).
 */
@Component
@Profile("prod")
class ClusterIncidentFeed implements IncidentFeed {

    private static final int PAGE = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CamundaClient client;
    private final Map<Long, CaseId> caseOfProcessInstance = new ConcurrentHashMap<>();

    ClusterIncidentFeed(CamundaClient client) {
        this.client = client;
    }

    @Override
    public List<EngineIncident> open() {
        try {
            List<EngineIncident> open = new ArrayList<>();
            String after = null;
            while (true) {
                String cursor = after;
                SearchResponse<Incident> page = client.newIncidentSearchRequest()
                        .filter(f -> f.state(IncidentState.ACTIVE))
                        .page(p -> {
                            p.limit(PAGE);
                            if (cursor != null) {
                                p.after(cursor);
                            }
                        })
                        .requestTimeout(TIMEOUT)
                        .send().join();
                for (Incident incident : page.items()) {
                    open.add(map(incident));
                }
                if (page.items().size() < PAGE || page.page().endCursor() == null) {
                    return open;
                }
                after = page.page().endCursor();
            }
        } catch (RuntimeException e) {
            throw new IncidentFeedUnavailableException("the cluster's search API did not answer: " + e.getMessage(), e);
        }
    }

    private EngineIncident map(Incident incident) {
        long processInstanceKey = incident.getProcessInstanceKey() == null ? -1 : incident.getProcessInstanceKey();
        return new EngineIncident(incident.getIncidentKey(), caseOf(processInstanceKey), processInstanceKey,
                incident.getProcessDefinitionKey() == null ? -1 : incident.getProcessDefinitionKey(),
                incident.getProcessDefinitionId(), incident.getElementId(),
                incident.getErrorType() == null ? "UNKNOWN" : incident.getErrorType().name(),
                incident.getErrorMessage() == null ? "" : incident.getErrorMessage(),
                incident.getJobKey() == null ? 0 : incident.getJobKey(),
                incident.getCreationTime() == null ? Instant.now() : incident.getCreationTime().toInstant());
    }

    private Optional<CaseId> caseOf(long processInstanceKey) {
        if (processInstanceKey < 0) {
            return Optional.empty();
        }
        CaseId known = caseOfProcessInstance.get(processInstanceKey);
        if (known != null) {
            return Optional.of(known);
        }
        // Every process of a case (the relationship and the ones it calls) carries the case id at its
        // top scope. Search data arrives later than the incident: not found now is asked again next time.
        Optional<CaseId> found = client.newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).scopeKey(processInstanceKey)
                        .name(RelationshipProcess.VAR_CASE_ID))
                .requestTimeout(TIMEOUT)
                .send().join().items().stream().findFirst()
                .flatMap(v -> parse(v.getValue()));
        found.ifPresent(id -> caseOfProcessInstance.put(processInstanceKey, id));
        return found;
    }

    private static Optional<CaseId> parse(String json) {
        try {
            return Optional.of(new CaseId(UUID.fromString(json.replace("\"", "").strip())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
