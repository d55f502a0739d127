package org.coachingpool.calendar.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.calendar.MeetingId;
import org.coachingpool.calendar.MeetingKind;
import org.coachingpool.calendar.MeetingMode;
import org.coachingpool.calendar.MeetingState;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for meetings. Only the calendar feature uses it. */
@Repository
public class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting as stored. */
    public record Row(MeetingId id, CaseId caseId, MeetingKind kind, Instant startsAt, int minutes, MeetingMode mode,
            MeetingState state, int sequence) {
    }

    /** Writes a new meeting; false when one with this id exists already (the same form sent twice). */
    public boolean insert(Row row, UserId by, Instant now) {
        return jdbc.sql("""
                        insert into meeting (id, case_id, kind, starts_at, minutes, modality, state, sequence,
                                             scheduled_by, created_at, changed_at, changed_by)
                        values (:id, :caseId, :kind, :startsAt, :minutes, :mode, 'SCHEDULED', 0, :by, :now, :now, :by)
                        on conflict (id) do nothing
                        """)
                .param("id", row.id().value())
                .param("caseId", row.caseId().value())
                .param("kind", row.kind().name())
                .param("startsAt", Timestamp.from(row.startsAt()))
                .param("minutes", row.minutes())
                .param("mode", row.mode().name())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The meeting, locked until the transaction ends, so two changes cannot both take the same sequence. */
    /** No more meetings with this coach on this case (kept once, however often it is said). */
    public void pause(CaseId caseId, UserId coach, Instant at) {
        jdbc.sql("""
                        insert into meeting_pause (case_id, coach_id, paused_at) values (:caseId, :coach, :at)
                        on conflict (case_id, coach_id) do nothing
                        """)
                .param("caseId", caseId.value()).param("coach", coach.value())
                .param("at", Timestamp.from(at)).update();
    }

    public boolean paused(CaseId caseId, UserId coach) {
        return jdbc.sql("select count(*) from meeting_pause where case_id = :caseId and coach_id = :coach")
                .param("caseId", caseId.value()).param("coach", coach.value()).query(Integer.class).single() > 0;
    }

    public Optional<Row> lock(MeetingId id) {
        return jdbc.sql("select * from meeting where id = :id for update")
                .param("id", id.value())
                .query(MeetingRepository::row)
                .optional();
    }

    public Optional<Row> find(MeetingId id) {
        return jdbc.sql("select * from meeting where id = :id")
                .param("id", id.value())
                .query(MeetingRepository::row)
                .optional();
    }

    public List<Row> forCase(CaseId caseId) {
        return jdbc.sql("select * from meeting where case_id = :caseId order by starts_at, id")
                .param("caseId", caseId.value())
                .query(MeetingRepository::row)
                .list();
    }

    /** Meetings of these cases, soonest first. */
    public List<Row> ofCases(Collection<CaseId> caseIds) {
        return jdbc.sql("select * from meeting where case_id = any(:ids) order by starts_at, id")
                .param("ids", caseIds.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(MeetingRepository::row)
                .list();
    }

    /** A new version: moved or cancelled, its sequence one more than before. */
    public void update(Row row, UserId by, Instant now) {
        jdbc.sql("""
                        update meeting set kind = :kind, starts_at = :startsAt, minutes = :minutes, modality = :mode,
                               state = :state, sequence = :sequence, changed_at = :now, changed_by = :by
                        where id = :id
                        """)
                .param("id", row.id().value())
                .param("kind", row.kind().name())
                .param("startsAt", Timestamp.from(row.startsAt()))
                .param("minutes", row.minutes())
                .param("mode", row.mode().name())
                .param("state", row.state().name())
                .param("sequence", row.sequence())
                .param("by", by == null ? null : by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A session logged from this meeting: it stays in the calendar as held. */
    public boolean markHeld(MeetingId id, CaseId caseId, Instant now) {
        return jdbc.sql("""
                        update meeting set state = 'HELD', changed_at = :now
                        where id = :id and case_id = :caseId and kind = 'SESSION' and state = 'SCHEDULED'
                        """)
                .param("id", id.value())
                .param("caseId", caseId.value())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(new MeetingId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_id", UUID.class)),
                MeetingKind.valueOf(rs.getString("kind")), rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("minutes"), MeetingMode.valueOf(rs.getString("modality")),
                MeetingState.valueOf(rs.getString("state")), rs.getInt("sequence"));
    }
}
