package org.coachingpool.notification;

import java.time.Clock;
import java.util.List;
import org.coachingpool.cases.CaseId;
import org.springframework.context.ApplicationEventPublisher;
import org.coachingpool.notification.repository.NotificationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages the process sends to people. A template names what happened; the text is written
 * when shown, so no prose is stored or carried by the engine.
 */
@Service
public class Notifications {

    private final NotificationRepository rows;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifications(NotificationRepository rows, Clock clock, ApplicationEventPublisher events) {
        this.rows = rows;
        this.clock = clock;
        this.events = events;
    }

    /** Records one notification per engine job: a job delivered twice notifies once. */
    @Transactional
    public void record(long jobKey, CaseId caseId, NotificationTemplate template, String recipient,
            String recipientGroup) {
        boolean inserted = rows.insert(jobKey, caseId, template.header(), recipient, recipientGroup, clock.instant());
        if (inserted) {
            events.publishEvent(new NotificationRecorded(jobKey, caseId, template, recipient, recipientGroup));
        }
    }

    public record Notice(CaseId caseId, String template, String recipient, String recipientGroup) {
    }

    public List<Notice> forCase(CaseId caseId) {
        return rows.ofCase(caseId);
    }
}
