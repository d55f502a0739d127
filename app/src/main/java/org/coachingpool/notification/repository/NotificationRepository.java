package org.coachingpool.notification.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.ids.TypedId;
import org.coachingpool.notification.Notifications.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL on {@code notification}. */
@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it is new: one row per engine job */
    public boolean insert(long jobKey, CaseId caseId, String template, String recipient, String recipientGroup,
            Instant now) {
        return jdbc.sql("""
                        insert into notification (id, job_key, case_id, template, recipient, recipient_group, created_at)
                        values (:id, :jobKey, :caseId, :template, :recipient, :group, :now)
                        on conflict (job_key) do nothing
                        """)
                .param("id", UUID.randomUUID()).param("jobKey", jobKey).param("caseId", caseId.value())
                .param("template", template).param("recipient", recipient).param("group", recipientGroup)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    public List<Notice> ofCase(CaseId caseId) {
        return jdbc.sql("""
                        select case_id, template, recipient, recipient_group from notification
                        where case_id = :caseId order by created_at
                        """)
                .param("caseId", caseId.value())
                .query((rs, row) -> new Notice(TypedId.read(rs, "case_id", CaseId::new), rs.getString("template"),
                        rs.getString("recipient"), rs.getString("recipient_group")))
                .list();
    }
}
