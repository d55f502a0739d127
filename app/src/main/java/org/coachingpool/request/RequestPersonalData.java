package org.coachingpool.request;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a thinker asked for, and the sponsor's answer; for a sponsor, what they wrote when they
 * answered. A sponsor's words are the sponsor's: the thinker's copy has the decision and the date.
 */
@Component
class RequestPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    RequestPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(UserId person) {
        var asked = jdbc.sql("""
                        select c.reference, c.kind_wanted, r.development_areas, r.goals, r.meeting_preference, r.place,
                               r.availability, c.requested_at, e.decision, e.decided_at
                        from case_request r join relationship_case c on c.id = r.case_id
                        left join endorsement e on e.case_id = c.id
                        where c.thinker_id = :me order by c.requested_at
                        """)
                .param("me", person.value())
                .query((rs, row) -> List.of(rs.getString("reference"),
                        KindWanted.valueOf(rs.getString("kind_wanted")).label(),
                        Arrays.stream((String[]) rs.getArray("development_areas").getArray())
                                .map(a -> DevelopmentArea.valueOf(a).label()).collect(Collectors.joining(", ")),
                        rs.getString("goals"), MeetingPreference.valueOf(rs.getString("meeting_preference")).label(),
                        text(rs.getString("place")), text(rs.getString("availability")),
                        UkDates.date(rs.getTimestamp("requested_at").toInstant()),
                        rs.getString("decision") == null ? "Not answered yet"
                                : ("ENDORSED".equals(rs.getString("decision")) ? "Supported" : "Not supported") + " on "
                                        + UkDates.date(rs.getTimestamp("decided_at").toInstant())))
                .list();
        var answered = jdbc.sql("""
                        select c.reference, e.decision, e.protected_time, e.context, e.decline_reason, e.decided_at
                        from endorsement e join relationship_case c on c.id = e.case_id
                        where e.decided_by = :me order by e.decided_at
                        """)
                .param("me", person.value())
                .query((rs, row) -> List.of(rs.getString("reference"),
                        "ENDORSED".equals(rs.getString("decision")) ? "Supported" : "Not supported",
                        rs.getBoolean("protected_time") ? "Yes" : "No", text(rs.getString("context")),
                        text(rs.getString("decline_reason")), UkDates.date(rs.getTimestamp("decided_at").toInstant())))
                .list();
        return List.of(
                new Section("What you asked for", "Your requests for coaching or mentoring, in your words, and your "
                        + "sponsor's answer.", List.of("Case", "Kind", "Areas", "What you hoped to get from it",
                        "How you wanted to meet", "Where", "When suits you", "Asked for on", "Sponsor's answer"), asked),
                new Section("Requests you answered as a sponsor", "What you wrote when someone asked for your support.",
                        List.of("Case", "Your answer", "Protected time", "What you added", "Why not", "Answered on"),
                        answered));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
