package org.coachingpool.incidents;

import java.time.Instant;
import java.util.Optional;
import org.coachingpool.cases.CaseId;

/**
 * An open incident as the engine reports it.
 *
 * @param caseId the case whose process (or a process it called) has the incident; empty for a
 *     process that carries no case id
 * @param jobKey the job out of retries, or 0 when the incident is not about a job
 * @param message the engine's own words: technical, never written by people
 */
public record EngineIncident(long incidentKey, Optional<CaseId> caseId, long processInstanceKey,
        long processDefinitionKey, String bpmnProcessId, String elementId, String errorType, String message,
        long jobKey, Instant createdAt) {
}
