package org.coachingpool.reconciliation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.reconciliation.Drift;
import org.coachingpool.reconciliation.ReconciliationReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the record of reconciliation runs. */
@Repository
public class ReconciliationRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReconciliationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void save(ReconciliationReport report) {
        try {
            jdbc.sql("""
                            insert into reconciliation_run (id, ran_at, tasks_checked, cases_checked, engine_reached, findings)
                            values (:id, :at, :tasks, :cases, :reached, cast(:findings as jsonb))
                            """)
                    .param("id", UUID.randomUUID()).param("at", Timestamp.from(report.ranAt()))
                    .param("tasks", report.tasksChecked()).param("cases", report.casesChecked())
                    .param("reached", report.engineReached())
                    .param("findings", json.writeValueAsString(report.drifts())).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<ReconciliationReport> latest() {
        return jdbc.sql("""
                        select ran_at, tasks_checked, cases_checked, engine_reached, findings::text as findings
                        from reconciliation_run order by ran_at desc limit 1
                        """)
                .query((rs, row) -> new ReconciliationReport(rs.getTimestamp("ran_at").toInstant(),
                        rs.getInt("tasks_checked"), rs.getInt("cases_checked"), rs.getBoolean("engine_reached"),
                        drifts(rs.getString("findings"))))
                .optional();
    }

    public int deleteBefore(Instant before) {
        return jdbc.sql("delete from reconciliation_run where ran_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private List<Drift> drifts(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Drift>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
