package org.coachingpool.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages the process sends to people. A template names what happened; the text is written
 * when shown, so no prose is stored or carried by the engine.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Records one notification per engine job: a job delivered twice notifies once. */
    @Transactional
    public void record(long jobKey, CaseId caseId, NotificationTemplate template, String recipient,
            String recipientGroup) {
        int inserted = jdbc.sql("""
                        insert into notification (id, job_key, case_id, template, recipient, recipient_group, created_at)
                        values (:id, :jobKey, :caseId, :template, :recipient, :group, :now)
                        on conflict (job_key) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("jobKey", jobKey)
                .param("caseId", caseId.value())
                .param("template", template.header())
                .param("recipient", recipient)
                .param("group", recipientGroup)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 1) {
            events.publishEvent(new NotificationRecorded(jobKey, caseId, template, recipient, recipientGroup));
        }
    }

    public record Notice(UUID caseId, String template, String recipient, String recipientGroup) {
    }

    public List<Notice> forCase(CaseId caseId) {
        return jdbc.sql("""
                        select case_id, template, recipient, recipient_group from notification
                        where case_id = :caseId order by created_at
                        """)
                .param("caseId", caseId.value())
                .query((rs, row) -> new Notice(rs.getObject("case_id", UUID.class), rs.getString("template"),
                        rs.getString("recipient"), rs.getString("recipient_group")))
                .list();
    }
}
