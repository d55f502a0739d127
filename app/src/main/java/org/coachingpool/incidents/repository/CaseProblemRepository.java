package org.coachingpool.incidents.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.ids.TypedId;
import org.coachingpool.incidents.ProblemId;
import org.coachingpool.incidents.CaseProblem;
import org.coachingpool.incidents.EngineIncident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for case problems. Only the incidents feature uses it. Problems come back without their
 * case's reference: the cases feature keeps it, and the service adds it.
 */
@Repository
public class CaseProblemRepository {

    private static final String SELECT = """
            select p.id, p.kind, p.case_id, coalesce(p.step_name, p.element_id, '') as step, p.message,
                   p.since, p.retried_at, p.correction
            from case_problem p
            """;

    private final JdbcClient jdbc;

    CaseProblemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an open incident, or notes that it is still open. A case id learned later fills in
     * one that was not known at first.
     *
     * @param knownCase the incident's case if it names one that is stored, else null
     * @return true when the incident is new here
     */
    public boolean recordIncident(EngineIncident incident, CaseId knownCase, String stepName, Instant now) {
        int inserted = jdbc.sql("""
                        insert into case_problem (id, kind, incident_key, case_id, process_instance_key, bpmn_process_id,
                            element_id, step_name, error_type, message, job_key, since, last_seen_at)
                        select :id, 'ENGINE_INCIDENT', :key, :caseId, :pik, :processId, :elementId, :step, :errorType,
                            :message, :jobKey, :since, :now
                        where not exists (select 1 from case_problem where incident_key = :key)
                        """)
                .param("id", UUID.randomUUID())
                .param("key", incident.incidentKey())
                .param("caseId", TypedId.valueOf(knownCase), Types.OTHER)
                .param("pik", incident.processInstanceKey())
                .param("processId", incident.bpmnProcessId())
                .param("elementId", incident.elementId())
                .param("step", stepName)
                .param("errorType", incident.errorType())
                .param("message", incident.message())
                .param("jobKey", incident.jobKey() > 0 ? incident.jobKey() : null, Types.BIGINT)
                .param("since", Timestamp.from(incident.createdAt()))
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("""
                            update case_problem set last_seen_at = :now, case_id = coalesce(case_id, :caseId),
                                resolved_at = null
                            where incident_key = :key
                            """)
                    .param("key", incident.incidentKey())
                    .param("caseId", TypedId.valueOf(knownCase), Types.OTHER)
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return inserted > 0;
    }

    /**
     * Marks as resolved every open incident the engine no longer reports.
     *
     * @return how many were resolved
     */
    public int resolveIncidentsOtherThan(Collection<Long> openKeys, Instant now) {
        return jdbc.sql("""
                        update case_problem set resolved_at = :now
                        where kind = 'ENGINE_INCIDENT' and resolved_at is null
                          and not (incident_key = any(:open))
                        """)
                .param("open", openKeys.toArray(Long[]::new))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Records that a case's process did not start; one open row per case, with the latest message. */
    public void recordNotStarted(CaseId caseId, String message, Instant now) {
        jdbc.sql("""
                        insert into case_problem (id, kind, case_id, message, since, last_seen_at)
                        values (:id, 'NOT_STARTED', :caseId, :message, :now, :now)
                        on conflict (case_id) where kind = 'NOT_STARTED' and resolved_at is null
                        do update set message = excluded.message, last_seen_at = excluded.last_seen_at
                        """)
                .param("id", UUID.randomUUID())
                .param("caseId", caseId.value())
                .param("message", message)
                .param("now", Timestamp.from(now))
                .update();
    }

    public void resolveNotStarted(CaseId caseId, Instant now) {
        jdbc.sql("""
                        update case_problem set resolved_at = :now
                        where case_id = :caseId and kind = 'NOT_STARTED' and resolved_at is null
                        """)
                .param("caseId", caseId.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Every open problem, oldest first. */
    public List<CaseProblem> open() {
        return jdbc.sql(SELECT + " where p.resolved_at is null order by p.since").query(CaseProblemRepository::map)
                .list();
    }

    public List<CaseProblem> openFor(CaseId caseId) {
        return jdbc.sql(SELECT + " where p.resolved_at is null and p.case_id = :caseId order by p.since")
                .param("caseId", caseId.value())
                .query(CaseProblemRepository::map).list();
    }

    public boolean anyOpenFor(CaseId caseId) {
        return jdbc.sql("select exists (select 1 from case_problem where case_id = :caseId and resolved_at is null)")
                .param("caseId", caseId.value()).query(Boolean.class).single();
    }

    /** Which of the given cases have an open problem, in one query. */
    public Set<CaseId> withOpenProblems(Collection<CaseId> cases) {
        if (cases.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("""
                        select distinct case_id from case_problem
                        where resolved_at is null and case_id = any(:cases)
                        """)
                .param("cases", cases.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(UUID.class).list().stream().map(CaseId::new).collect(Collectors.toSet());
    }

    /** What a retry needs: the kind, the case, and the engine's keys. */
    public Optional<RetryTarget> retryTarget(ProblemId problemId) {
        return jdbc.sql("""
                        select kind, case_id, incident_key, job_key from case_problem
                        where id = :id and resolved_at is null
                        """)
                .param("id", problemId.value())
                .query((rs, row) -> new RetryTarget(CaseProblem.Kind.valueOf(rs.getString("kind")),
                        TypedId.read(rs, "case_id", CaseId::new),
                        rs.getObject("incident_key", Long.class), rs.getObject("job_key", Long.class)))
                .optional();
    }

    /** Where an open engine incident stopped its case: for working out what the step needs. */
    public Optional<StoppedAt> stoppedAt(ProblemId problemId) {
        return jdbc.sql("""
                        select case_id, process_instance_key, bpmn_process_id, element_id, message from case_problem
                        where id = :id and resolved_at is null and kind = 'ENGINE_INCIDENT'
                        """)
                .param("id", problemId.value())
                .query((rs, row) -> new StoppedAt(
                        TypedId.read(rs, "case_id", CaseId::new),
                        rs.getObject("process_instance_key", Long.class), rs.getString("bpmn_process_id"),
                        rs.getString("element_id"), rs.getString("message")))
                .optional();
    }

    public void recordCorrection(ProblemId problemId, String correction) {
        jdbc.sql("update case_problem set correction = :correction where id = :id")
                .param("id", problemId.value()).param("correction", correction).update();
    }

    public void markRetried(ProblemId problemId, String by, Instant now) {
        jdbc.sql("update case_problem set retried_at = :now, retried_by = :by where id = :id")
                .param("id", problemId.value()).param("by", by).param("now", Timestamp.from(now)).update();
    }

    public void markResolved(ProblemId problemId, Instant now) {
        jdbc.sql("update case_problem set resolved_at = coalesce(resolved_at, :now) where id = :id")
                .param("id", problemId.value()).param("now", Timestamp.from(now)).update();
    }

    /**
     * @param incidentKey null for a process that did not start
     * @param jobKey null unless a job ran out of retries
     */
    public record RetryTarget(CaseProblem.Kind kind, CaseId caseId, Long incidentKey, Long jobKey) {
    }

    /** An engine incident's place: the process instance (of the case or one it called) and the element. */
    public record StoppedAt(CaseId caseId, Long processInstanceKey, String bpmnProcessId, String elementId,
            String message) {
    }

    private static CaseProblem map(ResultSet rs, int row) throws SQLException {
        UUID caseId = rs.getObject("case_id", UUID.class);
        Timestamp retried = rs.getTimestamp("retried_at");
        return new CaseProblem(TypedId.read(rs, "id", ProblemId::new), CaseProblem.Kind.valueOf(rs.getString("kind")),
                Optional.ofNullable(caseId).map(CaseId::new), null, rs.getString("step"),
                rs.getString("message"), rs.getTimestamp("since").toInstant(),
                Optional.ofNullable(retried).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("correction")));
    }
}
