package org.coachingpool.mail;

import java.util.List;
import java.util.Optional;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.notification.NotificationRecorded;
import org.coachingpool.notification.NotificationTemplate;
import org.coachingpool.people.Contact;
import org.coachingpool.people.People;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.WorkItemOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the process did into email, inside the transaction that did it: a new task to the
 * person it is for (or to each of the pool team for a team's task), a notification to whom it
 * names. The words are the service's own; the only things taken from the case are its
 * reference, the thinker's name, task titles and dates.
 */
@Component
class MailTriggers {

    private final Mail mail;
    private final Cases cases;
    private final People people;
    private final MailSettings settings;

    MailTriggers(Mail mail, Cases cases, People people, MailSettings settings) {
        this.mail = mail;
        this.cases = cases;
        this.people = people;
        this.settings = settings;
    }

    @EventListener
    void workItemOpened(WorkItemOpened opened) {
        Optional<CaseSummary> summary = opened.caseId() == null ? Optional.empty()
                : cases.find(new CaseId(opened.caseId()));
        boolean forTeam = opened.assignee() == null;
        List<Contact> recipients = forTeam ? teamOf(opened.candidateGroups())
                : List.copyOf(people.contactsByUsername(List.of(opened.assignee())).values());
        for (Contact to : recipients) {
            var body = new StringBuilder(forTeam
                    ? "There is a new task for the pool team. Whoever takes it first in the service does it.\n\n"
                    : "You have a new task in the coaching and mentoring pool service.\n\n");
            body.append("Task: ").append(opened.title()).append("\n");
            summary.ifPresent(c -> body.append(caseLine(c, to)).append("\n"));
            if (opened.dueAt() != null) {
                body.append("Please do it by ").append(UkDates.date(opened.dueAt())).append(".\n");
            }
            body.append("\nOpen the task:");
            mail.queue(new OutgoingMail("work-item:" + opened.id(), to, MailKind.NEW_TASK,
                    summary.map(CaseSummary::id).orElse(null), summary.map(CaseSummary::reference).orElse(null),
                    "New task: " + opened.title() + summary.map(c -> " (" + c.reference() + ")").orElse(""),
                    body.toString(), settings.link(opened.path())));
        }
    }

    @EventListener
    void notificationRecorded(NotificationRecorded recorded) {
        Optional<CaseSummary> summary = cases.find(recorded.caseId());
        List<Contact> recipients = recorded.recipient() == null ? teamOf(List.of(recorded.recipientGroup()))
                : List.copyOf(people.contactsByUsername(List.of(recorded.recipient())).values());
        NotificationTemplate template = recorded.template();
        String link = switch (template.link()) {
            case TASKS -> settings.link("");
            case CASE -> settings.link("cases/" + recorded.caseId());
            case RELATIONSHIPS -> settings.link("relationships");
        };
        for (Contact to : recipients) {
            var body = new StringBuilder(template.sentence()).append("\n\n");
            summary.ifPresent(c -> body.append(caseLine(c, to)).append("\n\n"));
            body.append("Open the service:");
            mail.queue(new OutgoingMail("notification:" + recorded.jobKey(), to, MailKind.NOTIFICATION,
                    recorded.caseId(), summary.map(CaseSummary::reference).orElse(null),
                    template.subject() + summary.map(c -> " (" + c.reference() + ")").orElse(""), body.toString(), link));
        }
    }

    private static String caseLine(CaseSummary summary, Contact to) {
        return "Case: " + summary.reference() + (to.id().equals(summary.thinker()) ? " (your request)"
                : " (" + summary.thinkerName() + ")");
    }

    private List<Contact> teamOf(List<String> candidateGroups) {
        return java.util.Arrays.stream(Role.values())
                .filter(role -> role.candidateGroup() != null && candidateGroups.contains(role.candidateGroup()))
                .flatMap(role -> people.contactsWithRole(role).stream())
                .distinct()
                .toList();
    }
}
