package org.coachingpool.forms.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.forms.Visibility;
import org.coachingpool.ids.TypedId;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL on {@code task_answer}. Values come in and go out sealed: the service seals and opens them. */
@Repository
public class AnswerRepository {

    private final JdbcClient jdbc;

    AnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One answer as stored, its value sealed. */
    public record StoredAnswer(WorkItemId item, CaseId caseId, String formKey, String field, String sealedValue,
            Visibility visibility, UserId author, Instant answeredAt) {
    }

    public void insert(StoredAnswer answer) {
        jdbc.sql("""
                        insert into task_answer (work_item_id, case_id, form_key, field, value, visibility,
                            author_id, answered_at)
                        values (:item, :caseId, :form, :field, :value, :visibility, :author, :at)
                        """)
                .param("item", answer.item().value()).param("caseId", TypedId.valueOf(answer.caseId()))
                .param("form", answer.formKey()).param("field", answer.field()).param("value", answer.sealedValue())
                .param("visibility", answer.visibility().name()).param("author", answer.author().value())
                .param("at", Timestamp.from(answer.answeredAt()))
                .update();
    }

    /** A case's answers, of one form or (formKey null) all, oldest first. */
    public List<StoredAnswer> ofCase(CaseId caseId, String formKey) {
        return jdbc.sql("""
                        select * from task_answer
                        where case_id = :caseId and (cast(:form as text) is null or form_key = :form)
                        order by answered_at, field
                        """)
                .param("caseId", caseId.value()).param("form", formKey).query(AnswerRepository::answer).list();
    }

    /** The author's last submission of a form on a case: every answer of that one task. */
    public List<StoredAnswer> lastSubmission(CaseId caseId, String formKey, UserId author) {
        return jdbc.sql("""
                        select * from task_answer
                        where work_item_id = (select work_item_id from task_answer
                                              where case_id = :caseId and form_key = :form and author_id = :me
                                              order by answered_at desc limit 1)
                        """)
                .param("caseId", caseId.value()).param("form", formKey).param("me", author.value())
                .query(AnswerRepository::answer).list();
    }

    /** What the person wrote anywhere, and every answer on these cases, oldest first. */
    public List<StoredAnswer> byOrAbout(UserId person, Collection<CaseId> cases) {
        return jdbc.sql("""
                        select * from task_answer where author_id = :me or case_id = any(:cases)
                        order by answered_at, field
                        """)
                .param("me", person.value()).param("cases", cases.stream().map(CaseId::value).toArray(UUID[]::new))
                .query(AnswerRepository::answer).list();
    }

    private static StoredAnswer answer(ResultSet rs, int row) throws SQLException {
        return new StoredAnswer(TypedId.read(rs, "work_item_id", WorkItemId::new),
                TypedId.read(rs, "case_id", CaseId::new), rs.getString("form_key"), rs.getString("field"),
                rs.getString("value"), Visibility.valueOf(rs.getString("visibility")),
                TypedId.read(rs, "author_id", UserId::new), rs.getTimestamp("answered_at").toInstant());
    }
}
