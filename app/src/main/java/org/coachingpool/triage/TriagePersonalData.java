package org.coachingpool.triage;

import java.util.List;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pool team's decision on a thinker's request and any guidance written for them. The reason
 * for overriding the proposal is the pool team's own note and stays out of the thinker's copy.
 */
@Component
class TriagePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    TriagePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(UserId person) {
        var rows = jdbc.sql("""
                        select c.reference, t.decision, t.guidance, t.decided_at
                        from triage_decision t join relationship_case c on c.id = t.case_id
                        where c.thinker_id = :me order by t.decided_at
                        """)
                .param("me", person.value())
                .query((rs, row) -> List.of(rs.getString("reference"), switch (rs.getString("decision")) {
                    case "COACHING" -> "Coaching";
                    case "MENTORING" -> "Mentoring";
                    default -> "Other support suggested";
                }, rs.getString("guidance") == null ? "" : rs.getString("guidance"),
                        UkDates.date(rs.getTimestamp("decided_at").toInstant())))
                .list();
        return List.of(new Section("The pool team's decision on your request",
                "Whether the pool offered coaching or mentoring, and any guidance written for you.",
                List.of("Case", "Decision", "Guidance for you", "Decided on"), rows));
    }
}
