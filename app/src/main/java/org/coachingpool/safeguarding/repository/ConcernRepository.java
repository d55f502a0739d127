package org.coachingpool.safeguarding.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** safeguarding_lead and safeguarding_concern. */
@Repository
public class ConcernRepository {

    private final JdbcClient jdbc;

    ConcernRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A concern as stored; its text still sealed. */
    public record StoredConcern(UUID id, UUID caseId, UUID raisedBy, UUID leadId, String risk, String thinkerTold,
            String whatHappened, Instant raisedAt, Instant startedAt, Instant respondedAt) {
    }

    public Optional<UUID> lead() {
        return jdbc.sql("select user_id from safeguarding_lead").query(UUID.class).optional();
    }

    public void nameLead(UUID lead, UUID by, Instant at) {
        jdbc.sql("""
                        insert into safeguarding_lead (only_one, user_id, named_by, named_at) values (true, :lead, :by, :at)
                        on conflict (only_one) do update set user_id = excluded.user_id, named_by = excluded.named_by,
                            named_at = excluded.named_at
                        """)
                .param("lead", lead).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** @return false when a concern with this id was stored already (the same submit again) */
    public boolean insert(UUID id, UUID caseId, UUID raisedBy, UUID leadId, String risk, String thinkerTold,
            String sealedText, Instant at) {
        return jdbc.sql("""
                        insert into safeguarding_concern (id, case_id, raised_by, lead_id, risk, thinker_told,
                            what_happened, raised_at)
                        values (:id, :caseId, :by, :lead, :risk, :told, :text, :at)
                        on conflict (id) do nothing
                        """)
                .param("id", id).param("caseId", caseId).param("by", raisedBy).param("lead", leadId)
                .param("risk", risk).param("told", thinkerTold).param("text", sealedText)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Concerns about the case the lead has not answered yet. */
    /** A concern nobody has answered yet: which one and its case, none of its text. */
    public record Unanswered(UUID id, UUID caseId) {
    }

    /** Concerns nobody has answered yet, raised before the given time. */
    public List<Unanswered> unansweredRaisedBefore(Instant before) {
        return jdbc.sql("select id, case_id from safeguarding_concern where responded_at is null and raised_at < :before")
                .param("before", Timestamp.from(before))
                .query((rs, row) -> new Unanswered(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class)))
                .list();
    }

    public int unanswered(UUID caseId) {
        return jdbc.sql("select count(*) from safeguarding_concern where case_id = :id and responded_at is null")
                .param("id", caseId).query(Integer.class).single();
    }

    public Optional<StoredConcern> find(UUID id) {
        return jdbc.sql("select * from safeguarding_concern where id = :id").param("id", id)
                .query((rs, row) -> new StoredConcern(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getObject("raised_by", UUID.class), rs.getObject("lead_id", UUID.class), rs.getString("risk"),
                        rs.getString("thinker_told"), rs.getString("what_happened"),
                        rs.getTimestamp("raised_at").toInstant(), instant(rs.getTimestamp("process_started_at")),
                        instant(rs.getTimestamp("responded_at"))))
                .optional();
    }

    public void started(UUID id, Instant at) {
        jdbc.sql("update safeguarding_concern set process_started_at = :at where id = :id and process_started_at is null")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    public void respond(UUID id, UUID workItemId, String sealedResponse, Instant at) {
        jdbc.sql("""
                        update safeguarding_concern set response = :response, work_item_id = :item, responded_at = :at
                        where id = :id
                        """)
                .param("id", id).param("item", workItemId).param("response", sealedResponse)
                .param("at", Timestamp.from(at)).update();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
