package org.coachingpool.sessions.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.ids.TypedId;
import org.coachingpool.security.UserId;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.worklist.WorkItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL on {@code session_log} and {@code early_end}. Text comes in and goes out sealed: the
 * service seals and opens it.
 */
@Repository
public class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A logged session as stored; notes and actions sealed, null where none were written. */
    public record StoredSession(CaseId caseId, UserId coach, LocalDate heldOn, int minutes,
            SessionEntry.Modality modality, String sealedNotes, String sealedActions) {
    }

    /** A request to end a relationship early as stored, its reason sealed. */
    public record StoredEarlyEnd(UUID id, CaseId caseId, UserId requestedBy, String sealedReason, Instant at) {
    }

    /** Minutes one coach logged on one case. */
    public record Minutes(CaseId caseId, UserId coach, int minutes, int sessions) {
    }

    public void insertSession(StoredSession session, WorkItemId task, Instant now) {
        jdbc.sql("""
                        insert into session_log (id, case_id, coach_id, held_on, minutes, modality, private_notes,
                            shared_actions, work_item_id, logged_at)
                        values (:id, :caseId, :coach, :heldOn, :minutes, :modality, :notes, :actions, :item, :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("caseId", session.caseId().value())
                .param("coach", session.coach().value())
                .param("heldOn", session.heldOn())
                .param("minutes", session.minutes())
                .param("modality", session.modality().name())
                .param("notes", session.sealedNotes())
                .param("actions", session.sealedActions())
                .param("item", task.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The sessions of a case, in the order they were held. */
    public List<StoredSession> ofCase(CaseId caseId) {
        return jdbc.sql("select * from session_log where case_id = :caseId order by held_on, logged_at")
                .param("caseId", caseId.value()).query(SessionRepository::session).list();
    }

    /** The sessions of these cases, in the order they were held. */
    public List<StoredSession> ofCases(Collection<CaseId> caseIds) {
        return jdbc.sql("select * from session_log where case_id = any(:ids) order by held_on, logged_at")
                .param("ids", caseIds.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(SessionRepository::session).list();
    }

    /** The sessions a coach logged, in the order they were held. */
    public List<StoredSession> loggedBy(UserId coach) {
        return jdbc.sql("select * from session_log where coach_id = :me order by held_on, logged_at")
                .param("me", coach.value()).query(SessionRepository::session).list();
    }

    /** Minutes and sessions by case and coach, of sessions held from the day. */
    public List<Minutes> minutesSince(LocalDate from) {
        return jdbc.sql("""
                        select case_id, coach_id, sum(minutes) as minutes, count(*) as sessions from session_log
                        where held_on >= :from group by case_id, coach_id
                        """)
                .param("from", from).query(SessionRepository::minutes).list();
    }

    public Optional<Minutes> minutes(CaseId caseId, UserId coach) {
        return jdbc.sql("""
                        select case_id, coach_id, sum(minutes) as minutes, count(*) as sessions from session_log
                        where case_id = :caseId and coach_id = :coach group by case_id, coach_id
                        """)
                .param("caseId", caseId.value()).param("coach", coach.value()).query(SessionRepository::minutes)
                .optional();
    }

    public int count(CaseId caseId, UserId coach) {
        return jdbc.sql("select count(*) from session_log where case_id = :caseId and coach_id = :coach")
                .param("caseId", caseId.value()).param("coach", coach.value()).query(Integer.class).single();
    }

    public void insertEarlyEnd(StoredEarlyEnd end) {
        jdbc.sql("""
                        insert into early_end (id, case_id, requested_by, reason, requested_at)
                        values (:id, :caseId, :who, :reason, :now)
                        """)
                .param("id", end.id()).param("caseId", end.caseId().value()).param("who", end.requestedBy().value())
                .param("reason", end.sealedReason()).param("now", Timestamp.from(end.at()))
                .update();
    }

    public Optional<StoredEarlyEnd> lastEarlyEnd(CaseId caseId) {
        return jdbc.sql("select * from early_end where case_id = :caseId order by requested_at desc limit 1")
                .param("caseId", caseId.value()).query(SessionRepository::earlyEnd).optional();
    }

    /** Each case's latest early end made before the instant. */
    public List<StoredEarlyEnd> latestEarlyEndsBefore(Instant before) {
        return jdbc.sql("""
                        select distinct on (case_id) * from early_end
                        where requested_at < :before order by case_id, requested_at desc
                        """)
                .param("before", Timestamp.from(before)).query(SessionRepository::earlyEnd).list();
    }

    /** The early ends a person asked for, oldest first. */
    public List<StoredEarlyEnd> earlyEndsBy(UserId person) {
        return jdbc.sql("select * from early_end where requested_by = :me order by requested_at")
                .param("me", person.value()).query(SessionRepository::earlyEnd).list();
    }

    private static StoredSession session(ResultSet rs, int row) throws SQLException {
        return new StoredSession(TypedId.read(rs, "case_id", CaseId::new), TypedId.read(rs, "coach_id", UserId::new),
                rs.getObject("held_on", LocalDate.class), rs.getInt("minutes"),
                SessionEntry.Modality.valueOf(rs.getString("modality")), rs.getString("private_notes"),
                rs.getString("shared_actions"));
    }

    private static StoredEarlyEnd earlyEnd(ResultSet rs, int row) throws SQLException {
        return new StoredEarlyEnd(rs.getObject("id", UUID.class), TypedId.read(rs, "case_id", CaseId::new),
                TypedId.read(rs, "requested_by", UserId::new), rs.getString("reason"),
                rs.getTimestamp("requested_at").toInstant());
    }

    private static Minutes minutes(ResultSet rs, int row) throws SQLException {
        return new Minutes(TypedId.read(rs, "case_id", CaseId::new), TypedId.read(rs, "coach_id", UserId::new),
                rs.getInt("minutes"), rs.getInt("sessions"));
    }
}
