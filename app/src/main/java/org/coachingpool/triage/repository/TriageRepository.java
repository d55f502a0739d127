package org.coachingpool.triage.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.ids.TypedId;
import org.coachingpool.security.UserId;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL on {@code triage_decision}. */
@Repository
public class TriageRepository {

    private final JdbcClient jdbc;

    TriageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision as stored; reason and guidance null where none were written. */
    public record StoredDecision(CaseId caseId, WorkItemId item, String proposal, TriageDecision decision,
            String reason, String guidance, UserId decidedBy, Instant decidedAt) {
    }

    public void insert(StoredDecision decision) {
        jdbc.sql("""
                        insert into triage_decision (case_id, work_item_id, proposal, decision, reason, guidance,
                            decided_by, decided_at)
                        values (:caseId, :item, :proposal, :decision, :reason, :guidance, :by, :at)
                        """)
                .param("caseId", decision.caseId().value()).param("item", decision.item().value())
                .param("proposal", decision.proposal()).param("decision", decision.decision().name())
                .param("reason", decision.reason()).param("guidance", decision.guidance())
                .param("by", decision.decidedBy().value()).param("at", Timestamp.from(decision.decidedAt()))
                .update();
    }

    /** A case's latest decision. */
    public Optional<StoredDecision> latest(CaseId caseId) {
        return jdbc.sql("select * from triage_decision where case_id = :caseId order by decided_at desc limit 1")
                .param("caseId", caseId.value()).query(TriageRepository::decision).optional();
    }

    /** The decisions on these cases, oldest first. */
    public List<StoredDecision> ofCases(Collection<CaseId> caseIds) {
        return jdbc.sql("select * from triage_decision where case_id = any(:ids) order by decided_at")
                .param("ids", caseIds.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(TriageRepository::decision).list();
    }

    private static StoredDecision decision(ResultSet rs, int row) throws SQLException {
        return new StoredDecision(TypedId.read(rs, "case_id", CaseId::new),
                TypedId.read(rs, "work_item_id", WorkItemId::new), rs.getString("proposal"),
                TriageDecision.valueOf(rs.getString("decision")), rs.getString("reason"), rs.getString("guidance"),
                TypedId.read(rs, "decided_by", UserId::new), rs.getTimestamp("decided_at").toInstant());
    }
}
