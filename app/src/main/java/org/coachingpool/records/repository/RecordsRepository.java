package org.coachingpool.records.repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the retention setting and the record of what was erased. */
@Repository
public class RecordsRepository {

    private final JdbcClient jdbc;

    RecordsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredSetting(int yearsAfterClose, UUID changedBy, Instant changedAt) {
    }

    public record StoredErasedCase(UUID caseId, String reference, String reason, Instant closedAt, Instant erasedAt,
            UUID erasedBy) {
    }

    public StoredSetting setting() {
        return jdbc.sql("select years_after_close, changed_by, changed_at from retention_setting")
                .query((rs, row) -> new StoredSetting(rs.getInt("years_after_close"),
                        rs.getObject("changed_by", UUID.class), rs.getTimestamp("changed_at").toInstant()))
                .single();
    }

    public void changeSetting(int years, UUID by, Instant at) {
        jdbc.sql("update retention_setting set years_after_close = :years, changed_by = :by, changed_at = :at")
                .param("years", years).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public void caseErased(UUID caseId, String reference, String reason, Instant closedAt, Instant at, UUID by) {
        jdbc.sql("""
                        insert into erased_case (case_id, reference, reason, closed_at, erased_at, erased_by)
                        values (:id, :reference, :reason, :closed, :at, :by)
                        on conflict (case_id) do nothing
                        """)
                .param("id", caseId).param("reference", reference).param("reason", reason)
                .param("closed", closedAt == null ? null : Timestamp.from(closedAt), Types.TIMESTAMP)
                .param("at", Timestamp.from(at)).param("by", by, Types.OTHER).update();
    }

    public List<StoredErasedCase> erasedCases(String reference, int limit) {
        return jdbc.sql("""
                        select case_id, reference, reason, closed_at, erased_at, erased_by from erased_case
                        where (cast(:reference as text) is null or reference = :reference)
                        order by erased_at desc, reference limit :limit
                        """)
                .param("reference", reference, Types.VARCHAR).param("limit", limit)
                .query((rs, row) -> new StoredErasedCase(rs.getObject("case_id", UUID.class), rs.getString("reference"),
                        rs.getString("reason"),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        rs.getTimestamp("erased_at").toInstant(), rs.getObject("erased_by", UUID.class)))
                .list();
    }

    public void personErased(UUID person, UUID by, int cases, Instant at) {
        jdbc.sql("""
                        insert into erased_person (user_id, erased_at, erased_by, cases) values (:id, :at, :by, :cases)
                        on conflict (user_id) do nothing
                        """)
                .param("id", person).param("at", Timestamp.from(at)).param("by", by).param("cases", cases).update();
    }

    public Optional<Instant> personErasedAt(UUID person) {
        return jdbc.sql("select erased_at from erased_person where user_id = :id").param("id", person)
                .query((rs, row) -> rs.getTimestamp("erased_at").toInstant()).optional();
    }
}
