package org.coachingpool.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers in task forms: everything the person wrote, and what others wrote for them to see (an
 * answer shared with the thinker and coach, or with everyone in the relationship). Answers others
 * wrote for themselves or for the pool team alone are left out.
 */
@Component
class FormsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final TextVault vault;
    private final TaskForms forms;

    FormsPersonalData(JdbcClient jdbc, TextVault vault, TaskForms forms) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.forms = forms;
    }

    @Override
    public List<Section> about(UserId person) {
        var rows = jdbc.sql("""
                        select c.reference, w.title, a.form_key, a.field, a.value, a.author_id, a.answered_at,
                               a.visibility
                        from task_answer a
                        join relationship_case c on c.id = a.case_id
                        join work_item w on w.id = a.work_item_id
                        where a.author_id = :me
                           or (a.visibility = 'PARTICIPANTS' and :me in (c.thinker_id, c.sponsor_id, c.coach_id))
                           or (a.visibility = 'THINKER_AND_COACH' and :me in (c.thinker_id, c.coach_id))
                        order by a.answered_at, a.field
                        """)
                .param("me", person.value())
                .query((rs, n) -> {
                    var answer = new Answer(rs.getString("form_key"), rs.getString("field"),
                            vault.open(rs.getString("value"), TaskForms.ANSWER), null,
                            rs.getTimestamp("answered_at").toInstant());
                    boolean own = person.value().equals(rs.getObject("author_id", UUID.class));
                    var row = List.of(rs.getString("reference"), rs.getString("title"),
                            forms.labelOf(answer.formKey(), answer.field()), forms.display(answer),
                            own ? "You" : "Someone else in the relationship", UkDates.date(answer.answeredAt()));
                    return Map.entry(poolTeamReads(Visibility.valueOf(rs.getString("visibility"))), row);
                })
                .list();
        var headings = List.of("Case", "Task", "Question", "Answer", "Written by", "On");
        return List.of(
                new Section("Answers in forms", "What you wrote in the service's forms, and what others in your "
                        + "relationships wrote for you to see.", headings,
                        rows.stream().filter(Map.Entry::getKey).map(Map.Entry::getValue).toList()),
                new Section("Private answers in forms", "What you wrote for yourself alone or for you and your coach "
                        + "or mentor, and what they wrote for you: the pool team does not read these.", headings,
                        rows.stream().filter(e -> !e.getKey()).map(Map.Entry::getValue).toList(),
                        Set.of(3)));
    }

    /** Whether the pool team may read an answer shown to these people (the statement in ConfidentialText). */
    static boolean poolTeamReads(Visibility visibility) {
        return visibility == Visibility.AUTHOR_AND_POOL_ADMINS || visibility == Visibility.PARTICIPANTS;
    }
}
