package org.coachingpool.sessions.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.sessions.Sessions;
import org.springframework.stereotype.Component;

/** Adapters between the sessions process and {@link Sessions}. */
@Component
public class SessionWorkers {

    private final Sessions sessions;

    public SessionWorkers(Sessions sessions) {
        this.sessions = sessions;
    }

    @JobWorker(type = RelationshipProcess.JOB_COUNT_SESSIONS, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_COACH})
    public Map<String, Object> count(@Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId,
            @Variable(name = RelationshipProcess.VAR_COACH) String coach) {
        return Map.of(RelationshipProcess.VAR_SESSIONS_LOGGED, sessions.count(CaseId.parse(caseId), coach));
    }

    /** The one extension the contract allows adds the pool's agreed number of sessions. */
    @JobWorker(type = RelationshipProcess.JOB_EXTEND, fetchVariables = {RelationshipProcess.VAR_PLANNED_SESSIONS,
            RelationshipProcess.VAR_SETTINGS})
    public Map<String, Object> extend(@Variable(name = RelationshipProcess.VAR_PLANNED_SESSIONS) int plannedSessions,
            @Variable(name = RelationshipProcess.VAR_SETTINGS) Map<String, Object> settings) {
        Object extra = settings.get("extensionSessions");
        if (!(extra instanceof Number number) || number.intValue() < 1) {
            throw new IllegalStateException("pool settings give no extensionSessions; check the pool-settings table");
        }
        return Map.of(RelationshipProcess.VAR_PLANNED_SESSIONS, plannedSessions + number.intValue(),
                RelationshipProcess.VAR_EXTENDED, true);
    }
}
