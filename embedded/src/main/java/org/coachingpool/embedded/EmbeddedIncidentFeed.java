package org.coachingpool.embedded;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.incident.IncidentRecord;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.impl.record.value.variable.VariableRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.incidents.EngineIncident;
import org.coachingpool.incidents.IncidentFeed;

/**
 * The embedded engine has no exporter and no search API, so its incidents are read from its
 * log, the same records a broker would export: each call reads what was appended since the last
 * one. Only incident records are kept, and which case each running process belongs to (from its
 * case id variable), so memory stays small however long the log grows.
 */
final class EmbeddedIncidentFeed implements IncidentFeed {

    private final LogFollower log;
    private final Map<Long, EngineIncident> open = new LinkedHashMap<>();
    private final Map<Long, CaseId> caseOfProcessInstance = new HashMap<>();

    EmbeddedIncidentFeed(LogStreamReader reader) {
        this.log = new LogFollower(reader);
    }

    @Override
    public synchronized List<EngineIncident> open() {
        log.readNew(this::follow);
        List<EngineIncident> now = new ArrayList<>(open.size());
        for (EngineIncident incident : open.values()) {
            // The case id may be learned after the incident (it never is in practice, but cheap to allow).
            now.add(incident.caseId().isPresent() ? incident : withCase(incident));
        }
        return now;
    }

    private void follow(LoggedEvent event, RecordMetadata metadata) {
        ValueType type = metadata.getValueType();
        if (type == ValueType.VARIABLE && metadata.getIntent() == VariableIntent.CREATED) {
            var variable = new VariableRecord();
            event.readValue(variable);
            if (RelationshipProcess.VAR_CASE_ID.equals(variable.getName())
                    && variable.getScopeKey() == variable.getProcessInstanceKey()) {
                caseId(variable.getValue()).ifPresent(id -> caseOfProcessInstance.put(variable.getProcessInstanceKey(), id));
            }
        } else if (type == ValueType.INCIDENT) {
            if (metadata.getIntent() == IncidentIntent.CREATED) {
                var incident = new IncidentRecord();
                event.readValue(incident);
                open.put(event.getKey(), withCase(new EngineIncident(event.getKey(), Optional.empty(),
                        incident.getProcessInstanceKey(), incident.getProcessDefinitionKey(), incident.getBpmnProcessId(),
                        incident.getElementId(), incident.getErrorType().name(), incident.getErrorMessage(),
                        incident.getJobKey(), Instant.ofEpochMilli(event.getTimestamp())), rootOf(incident)));
            } else if (metadata.getIntent() == IncidentIntent.RESOLVED) {
                open.remove(event.getKey());
            }
        } else if (type == ValueType.PROCESS_INSTANCE && (metadata.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                || metadata.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)) {
            var element = new ProcessInstanceRecord();
            event.readValue(element);
            if (element.getBpmnElementType() == BpmnElementType.PROCESS) {
                caseOfProcessInstance.remove(element.getProcessInstanceKey());
            }
        }
    }

    private EngineIncident withCase(EngineIncident incident) {
        return withCase(incident, -1);
    }

    /** The case of the process with the incident, or of the process that called it. */
    private EngineIncident withCase(EngineIncident incident, long rootProcessInstanceKey) {
        CaseId caseId = caseOfProcessInstance.get(incident.processInstanceKey());
        if (caseId == null && rootProcessInstanceKey > 0) {
            caseId = caseOfProcessInstance.get(rootProcessInstanceKey);
        }
        if (caseId == null) {
            return incident;
        }
        return new EngineIncident(incident.incidentKey(), Optional.of(caseId), incident.processInstanceKey(),
                incident.processDefinitionKey(), incident.bpmnProcessId(), incident.elementId(), incident.errorType(),
                incident.message(), incident.jobKey(), incident.createdAt());
    }

    private static long rootOf(IncidentRecord incident) {
        var path = incident.getElementInstancePath();
        return path == null || path.isEmpty() || path.getFirst().isEmpty() ? -1 : path.getFirst().getFirst();
    }

    /** A variable's value is JSON: a case id arrives as a quoted string. */
    static Optional<CaseId> caseId(String json) {
        if (json == null || json.length() < 2 || json.charAt(0) != '"') {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseId(UUID.fromString(json.substring(1, json.length() - 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
