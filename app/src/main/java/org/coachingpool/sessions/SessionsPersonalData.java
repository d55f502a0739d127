package org.coachingpool.sessions;

import java.util.List;
import java.util.Set;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions: for a thinker, the dates and the actions agreed with them; for a coach or mentor, the
 * sessions they logged with their own notes. A coach's private notes are never in a thinker's copy;
 * a reason for ending early is in its author's copy alone.
 */
@Component
class SessionsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final TextVault vault;

    SessionsPersonalData(JdbcClient jdbc, TextVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @Override
    public List<Section> about(UserId person) {
        var asThinker = jdbc.sql("""
                        select c.reference, s.held_on, s.minutes, s.modality, s.shared_actions
                        from session_log s join relationship_case c on c.id = s.case_id
                        where c.thinker_id = :me order by s.held_on
                        """)
                .param("me", person.value())
                .query((rs, row) -> List.of(rs.getString("reference"), UkDates.date(rs.getDate("held_on").toLocalDate()),
                        Integer.toString(rs.getInt("minutes")), mode(rs.getString("modality")),
                        open(rs.getString("shared_actions"), Sessions.ACTIONS)))
                .list();
        var logged = jdbc.sql("""
                        select c.reference, s.held_on, s.minutes, s.modality, s.private_notes, s.shared_actions
                        from session_log s join relationship_case c on c.id = s.case_id
                        where s.coach_id = :me order by s.held_on
                        """)
                .param("me", person.value())
                .query((rs, row) -> List.of(rs.getString("reference"), UkDates.date(rs.getDate("held_on").toLocalDate()),
                        Integer.toString(rs.getInt("minutes")), mode(rs.getString("modality")),
                        open(rs.getString("private_notes"), Sessions.NOTES),
                        open(rs.getString("shared_actions"), Sessions.ACTIONS)))
                .list();
        var endings = jdbc.sql("""
                        select c.reference, e.reason, e.requested_at
                        from early_end e join relationship_case c on c.id = e.case_id
                        where e.requested_by = :me order by e.requested_at
                        """)
                .param("me", person.value())
                .query((rs, row) -> List.of(rs.getString("reference"), open(rs.getString("reason"), Sessions.EARLY_END_REASON),
                        UkDates.date(rs.getTimestamp("requested_at").toInstant())))
                .list();
        return List.of(
                new Section("Your sessions", "Sessions in your relationships, and the actions agreed with you.",
                        List.of("Case", "Held on", "Minutes", "How", "Actions agreed"), asThinker, Set.of(4)),
                new Section("Sessions you logged as a coach or mentor", "With the notes you wrote for yourself.",
                        List.of("Case", "Held on", "Minutes", "How", "Your private notes", "Actions agreed"), logged,
                        Set.of(4, 5)),
                new Section("Relationships you asked to end early", "With the reason you gave.",
                        List.of("Case", "Your reason", "Asked on"), endings));
    }

    private String open(String stored, String column) {
        return stored == null ? "" : vault.open(stored, column);
    }

    private static String mode(String modality) {
        return switch (modality) {
            case "IN_PERSON" -> "In person";
            case "VIRTUAL" -> "Video call";
            default -> "Phone";
        };
    }
}
