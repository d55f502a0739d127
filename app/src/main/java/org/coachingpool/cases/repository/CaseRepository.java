package org.coachingpool.cases.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.ClosedCase;
import org.coachingpool.cases.ProcessPosition;
import org.coachingpool.cases.Stage;
import org.coachingpool.ids.TypedId;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL on {@code relationship_case}. Summaries come back without names: the service adds them. */
@Repository
public class CaseRepository {

    private static final String SELECT = """
            select c.id, c.reference, c.thinker_id, c.sponsor_id, c.kind_wanted, c.stage, c.process_instance_key,
                   c.requested_at, c.updated_at, c.coach_id
            from relationship_case c
            """;
    private static final String SELECT_CLOSED = """
            select id, reference, closed_at, process_instance_key from relationship_case
            """;

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new case's row, with the next reference of the year. */
    public String insert(CaseId id, UserId thinker, UserId sponsor, String kindWanted, Stage stage, Instant now,
            int year) {
        long number = jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
        String reference = "CP-%d-%04d".formatted(year, number);
        jdbc.sql("""
                        insert into relationship_case (id, reference, thinker_id, sponsor_id, kind_wanted, stage,
                            requested_at, updated_at)
                        values (:id, :reference, :thinker, :sponsor, :kind, :stage, :now, :now)
                        """)
                .param("id", id.value()).param("reference", reference)
                .param("thinker", thinker.value()).param("sponsor", sponsor.value())
                .param("kind", kindWanted).param("stage", stage.name()).param("now", Timestamp.from(now))
                .update();
        return reference;
    }

    public Optional<CaseSummary> find(CaseId id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id.value()).query(CaseRepository::summary)
                .optional();
    }

    public List<CaseSummary> byIds(Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where c.id = any(:ids)").param("ids", values(ids)).query(CaseRepository::summary)
                .list();
    }

    public List<CaseSummary> byProcessInstance(Collection<Long> keys) {
        return jdbc.sql(SELECT + " where c.process_instance_key in (:keys)").param("keys", List.copyOf(keys))
                .query(CaseRepository::summary).list();
    }

    public void movedToDefinition(long processInstanceKey, long definitionKey) {
        jdbc.sql("update relationship_case set process_definition_key = :key where process_instance_key = :pik")
                .param("key", definitionKey).param("pik", processInstanceKey).update();
    }

    /** Cases in which the person is the thinker, the sponsor or the current coach, newest first. */
    public List<CaseSummary> involving(UserId person) {
        return list(" where :me in (c.thinker_id, c.sponsor_id, c.coach_id) order by c.requested_at desc", person);
    }

    public List<CaseSummary> sponsoredBy(UserId sponsor) {
        return list(" where c.sponsor_id = :me order by c.requested_at desc", sponsor);
    }

    public List<CaseSummary> asThinker(UserId thinker) {
        return list(" where c.thinker_id = :me order by c.requested_at desc", thinker);
    }

    public List<CaseSummary> coachedBy(UserId coach) {
        return list(" where c.coach_id = :me order by c.requested_at desc", coach);
    }

    /** Open cases in which the person is the sponsor or the coach, and not the thinker. */
    public List<CaseSummary> openServedBy(UserId person) {
        return list("""
                 where c.closed_at is null and c.thinker_id <> :me and (c.sponsor_id = :me or c.coach_id = :me)
                 order by c.requested_at
                """, person);
    }

    public List<CaseSummary> open() {
        return jdbc.sql(SELECT + " where c.closed_at is null order by c.updated_at").query(CaseRepository::summary)
                .list();
    }

    /**
     * Cases whose reference contains the text, or whose thinker, sponsor or coach is one of the
     * people, newest first.
     */
    public List<CaseSummary> search(String text, Collection<UserId> people, int limit) {
        return jdbc.sql(SELECT + """
                         where c.reference ilike '%' || :text || '%'
                            or c.thinker_id = any(:people) or c.sponsor_id = any(:people) or c.coach_id = any(:people)
                         order by c.requested_at desc limit :limit
                        """)
                .param("text", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("people", values(people)).param("limit", limit)
                .query(CaseRepository::summary).list();
    }

    /** Ids of the cases whose reference matches the ILIKE pattern or whose thinker is one of these. */
    public List<CaseId> idsMatching(String pattern, Collection<UserId> thinkers) {
        return jdbc.sql("select id from relationship_case where reference ilike :pattern or thinker_id = any(:thinkers)")
                .param("pattern", pattern).param("thinkers", values(thinkers))
                .query((rs, row) -> TypedId.read(rs, "id", CaseId::new)).list();
    }

    public List<CaseId> idsInStage(Stage stage) {
        return jdbc.sql("select id from relationship_case where stage = :stage").param("stage", stage.name())
                .query((rs, row) -> TypedId.read(rs, "id", CaseId::new)).list();
    }

    public List<ClosedCase> withProcess() {
        return jdbc.sql(SELECT_CLOSED + " where process_instance_key is not null").query(CaseRepository::closed).list();
    }

    public List<ClosedCase> closedBefore(Instant before, int limit) {
        return jdbc.sql(SELECT_CLOSED + " where closed_at < :before order by closed_at limit :limit")
                .param("before", Timestamp.from(before)).param("limit", limit).query(CaseRepository::closed).list();
    }

    public Optional<ClosedCase> ending(CaseId id) {
        return jdbc.sql(SELECT_CLOSED + " where id = :id").param("id", id.value()).query(CaseRepository::closed)
                .optional();
    }

    /**
     * Moves a case to a stage unless it reached a final one. The relationship process's instance
     * and definition are kept from the first time they are given.
     *
     * @return whether the case moved
     */
    public boolean moveTo(CaseId id, Stage stage, ProcessPosition at, boolean relationshipProcess, Instant now) {
        return jdbc.sql("""
                        update relationship_case
                        set stage = :stage, updated_at = :now,
                            process_instance_key = coalesce(process_instance_key, :pik),
                            process_definition_key = coalesce(process_definition_key, :pdk),
                            position_definition_key = :positionKey, position_element_id = :positionElement,
                            closed_at = case when :final then coalesce(closed_at, :now) else closed_at end
                        where id = :id and stage not in ('CLOSED', 'DECLINED', 'SIGNPOSTED')
                        """)
                .param("id", id.value())
                .param("stage", stage.name())
                .param("final", stage.isFinal())
                .param("pik", relationshipProcess ? at.processInstanceKey() : null, Types.BIGINT)
                .param("pdk", relationshipProcess ? at.definitionKey() : null, Types.BIGINT)
                .param("positionKey", at.definitionKey())
                .param("positionElement", at.elementId())
                .param("now", Timestamp.from(now))
                .update() > 0;
    }

    /** Definition keys and element id of where a case is; any may be null. */
    public record Position(Long relationshipDefinitionKey, Long lastDefinitionKey, String lastElementId) {
    }

    public Optional<Position> position(CaseId id) {
        return jdbc.sql("""
                        select process_definition_key, position_definition_key, position_element_id
                        from relationship_case where id = :id
                        """)
                .param("id", id.value())
                .query((rs, row) -> new Position(rs.getObject("process_definition_key", Long.class),
                        rs.getObject("position_definition_key", Long.class), rs.getString("position_element_id")))
                .optional();
    }

    /** Coaches with their number of matched, unclosed cases. */
    public record Running(UserId coach, int cases) {
    }

    public List<Running> runningByCoach() {
        return jdbc.sql("""
                        select coach_id, count(*) as running from relationship_case
                        where coach_id is not null and closed_at is null group by coach_id
                        """)
                .query((rs, row) -> new Running(TypedId.read(rs, "coach_id", UserId::new), rs.getInt("running")))
                .list();
    }

    public void releaseCoach(CaseId id, UserId coach) {
        jdbc.sql("update relationship_case set coach_id = null where id = :id and coach_id = :coach")
                .param("id", id.value()).param("coach", coach.value()).update();
    }

    public void assignCoach(CaseId id, UserId coach) {
        jdbc.sql("update relationship_case set coach_id = :coach where id = :id")
                .param("id", id.value()).param("coach", TypedId.valueOf(coach), Types.OTHER).update();
    }

    public boolean delete(CaseId id) {
        return jdbc.sql("delete from relationship_case where id = :id").param("id", id.value()).update() > 0;
    }

    private List<CaseSummary> list(String where, UserId person) {
        return jdbc.sql(SELECT + where).param("me", person.value()).query(CaseRepository::summary).list();
    }

    private static UUID[] values(Collection<? extends TypedId> ids) {
        return ids.stream().map(TypedId::value).toArray(UUID[]::new);
    }

    private static CaseSummary summary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(TypedId.read(rs, "id", CaseId::new), rs.getString("reference"),
                TypedId.read(rs, "thinker_id", UserId::new), null, TypedId.read(rs, "sponsor_id", UserId::new), null,
                rs.getString("kind_wanted"), Stage.valueOf(rs.getString("stage")),
                rs.getObject("process_instance_key", Long.class),
                rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                TypedId.read(rs, "coach_id", UserId::new), null);
    }

    private static ClosedCase closed(ResultSet rs, int row) throws SQLException {
        var closedAt = rs.getTimestamp("closed_at");
        return new ClosedCase(TypedId.read(rs, "id", CaseId::new), rs.getString("reference"),
                closedAt == null ? null : closedAt.toInstant(), rs.getObject("process_instance_key", Long.class));
    }
}
