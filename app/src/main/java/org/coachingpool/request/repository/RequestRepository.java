package org.coachingpool.request.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.ids.TypedId;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.MeetingPreference;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Preferences;
import org.coachingpool.request.ReadinessAnswers;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL on {@code case_request} and {@code endorsement}. */
@Repository
public class RequestRepository {

    private static final String SELECT = """
            select r.case_id, r.development_areas, r.goals, r.meeting_preference, r.place, r.availability,
                   r.formal_process, r.choosing, r.wellbeing, r.readiness,
                   e.decision, e.protected_time, e.context, e.decline_reason, e.decided_by, e.decided_at
            from case_request r left join endorsement e on e.case_id = r.case_id
            """;

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sponsor's answer as stored; words are null where none were given. */
    public record StoredEndorsement(CaseId caseId, boolean endorsed, boolean protectedTime, String context,
            String declineReason, UserId decidedBy, Instant decidedAt) {
    }

    /** A request as stored, with the sponsor's answer once there is one. */
    public record StoredRequest(CaseId caseId, EnumSet<DevelopmentArea> developmentAreas, String goals,
            Preferences preferences, ReadinessAnswers readinessAnswers, String readiness,
            Optional<StoredEndorsement> endorsement) {
    }

    public void insert(CaseId caseId, NewRequest request, UUID submissionToken) {
        var preferences = request.preferences();
        var readiness = request.readiness();
        jdbc.sql("""
                        insert into case_request (case_id, development_areas, goals, submission_token, meeting_preference,
                            place, availability, formal_process, choosing, wellbeing, readiness)
                        values (:id, :areas, :goals, :token, :meeting, :place, :availability, :formal, :choosing,
                            :wellbeing, :readiness)
                        """)
                .param("id", caseId.value())
                .param("areas", request.developmentAreas().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("goals", request.goals().strip())
                .param("token", submissionToken)
                .param("meeting", preferences.meeting().name())
                .param("place", blankToNull(preferences.place()))
                .param("availability", blankToNull(preferences.availability()))
                .param("formal", readiness.formalProcess().name())
                .param("choosing", readiness.choosing().name())
                .param("wellbeing", readiness.wellbeing().name())
                .param("readiness", readiness.readiness().name())
                .update();
    }

    public Optional<CaseId> caseOfSubmission(UUID token) {
        return jdbc.sql("select case_id from case_request where submission_token = :token").param("token", token)
                .query((rs, row) -> TypedId.read(rs, "case_id", CaseId::new)).optional();
    }

    public void markStarted(CaseId caseId, Instant now) {
        jdbc.sql("update case_request set process_started_at = coalesce(process_started_at, :now) where case_id = :id")
                .param("id", caseId.value()).param("now", Timestamp.from(now)).update();
    }

    public Optional<StoredRequest> find(CaseId caseId) {
        return jdbc.sql(SELECT + " where r.case_id = :id").param("id", caseId.value())
                .query(RequestRepository::request).optional();
    }

    /** The requests of these cases, in no order. */
    public List<StoredRequest> ofCases(Collection<CaseId> caseIds) {
        return jdbc.sql(SELECT + " where r.case_id = any(:ids)")
                .param("ids", caseIds.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(RequestRepository::request).list();
    }

    public void insertEndorsement(StoredEndorsement answer) {
        jdbc.sql("""
                        insert into endorsement (case_id, decision, protected_time, context, decline_reason, decided_by,
                            decided_at)
                        values (:caseId, :decision, :protectedTime, :context, :reason, :by, :now)
                        """)
                .param("caseId", answer.caseId().value())
                .param("decision", answer.endorsed() ? "ENDORSED" : "DECLINED")
                .param("protectedTime", answer.protectedTime())
                .param("context", answer.context())
                .param("reason", answer.declineReason())
                .param("by", answer.decidedBy().value())
                .param("now", Timestamp.from(answer.decidedAt()))
                .update();
    }

    /** The answers this person gave as a sponsor, oldest first. */
    public List<StoredEndorsement> endorsementsBy(UserId sponsor) {
        return jdbc.sql("select * from endorsement where decided_by = :me order by decided_at")
                .param("me", sponsor.value()).query(RequestRepository::endorsement).list();
    }

    private static StoredRequest request(ResultSet rs, int row) throws SQLException {
        return new StoredRequest(TypedId.read(rs, "case_id", CaseId::new),
                Arrays.stream((String[]) rs.getArray("development_areas").getArray()).map(DevelopmentArea::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DevelopmentArea.class))),
                rs.getString("goals"),
                new Preferences(MeetingPreference.valueOf(rs.getString("meeting_preference")), rs.getString("place"),
                        rs.getString("availability")),
                new ReadinessAnswers(ReadinessAnswers.FormalProcess.valueOf(rs.getString("formal_process")),
                        ReadinessAnswers.Choosing.valueOf(rs.getString("choosing")),
                        ReadinessAnswers.Wellbeing.valueOf(rs.getString("wellbeing"))),
                rs.getString("readiness"),
                rs.getString("decision") == null ? Optional.empty() : Optional.of(endorsement(rs, row)));
    }

    private static StoredEndorsement endorsement(ResultSet rs, int row) throws SQLException {
        return new StoredEndorsement(TypedId.read(rs, "case_id", CaseId::new), "ENDORSED".equals(rs.getString("decision")),
                rs.getBoolean("protected_time"), rs.getString("context"), rs.getString("decline_reason"),
                TypedId.read(rs, "decided_by", UserId::new), rs.getTimestamp("decided_at").toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
