package org.coachingpool.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coachingpool.audit.AuditAnchored;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.notification.NotificationRecorded;
import org.coachingpool.notification.NotificationTemplate;
import org.coachingpool.people.AdminRoleGranted;
import org.coachingpool.people.Contact;
import org.coachingpool.people.PasswordChanged;
import org.coachingpool.people.PasswordLinkIssued;
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

    /** The one-time link goes to the person alone; "Sent mail" shows that it went, not the link. */
    @EventListener
    void passwordLinkIssued(PasswordLinkIssued issued) {
        Contact to = people.contacts(List.of(issued.person())).get(issued.person());
        if (to == null) {
            return;
        }
        boolean reset = issued.purpose() == PasswordLinkIssued.Purpose.RESET;
        String until = UkDates.dateTime(issued.expiresAt());
        String body = reset
                ? issued.issuedBy() + " from the pool team has sent you this link to choose a new password for the "
                        + "coaching and mentoring pool service. Your username is " + to.username() + ".\n\n"
                        + "The link works once, until " + until + ". You were signed out everywhere when it was sent. "
                        + "Your old password still works until you use the link.\n\n"
                        + "If you did not ask for this, tell the pool team.\n\nChoose your new password:"
                : "The pool team has added you to the coaching and mentoring pool service. Your username is "
                        + to.username() + ".\n\nChoose your password with this link. It works once, until " + until
                        + ". Nobody else, the pool team included, will know your password.\n\nChoose your password:";
        mail.queue(OutgoingMail.withSecretLink("password-link:" + issued.linkId(), to, MailKind.ACCOUNT,
                reset ? "Choose a new password for the coaching and mentoring pool"
                        : "Your account for the coaching and mentoring pool",
                body, settings.link(issued.path())));
    }

    /** An admin role given: the person and every other admin of that kind hear of it, so a grant nobody expected is seen. */
    @EventListener
    void adminRoleGranted(AdminRoleGranted granted) {
        String role = granted.role().label().toLowerCase(Locale.UK);
        var person = people.contacts(List.of(granted.person())).get(granted.person());
        if (person == null) {
            return;
        }
        String cause = "admin-role:" + granted.role() + ":" + granted.person() + ":" + System.currentTimeMillis();
        mail.queue(new OutgoingMail(cause, person, MailKind.ACCOUNT, null, null, "You are now a " + role,
                granted.grantedByName() + " has made you a " + role + " in the coaching and mentoring pool service. "
                        + "If you did not expect this, tell the pool team.\n\nSign in:", settings.link("")));
        for (Contact other : people.contactsWithRole(granted.role())) {
            if (!other.id().equals(granted.person())) {
                mail.queue(new OutgoingMail(cause, other, MailKind.ACCOUNT, null, null,
                        person.displayName() + " is now a " + role,
                        granted.grantedByName() + " has made " + person.displayName() + " a " + role + " in the "
                                + "coaching and mentoring pool service. If this was not agreed, remove the role on "
                                + "the People screen and tell whoever runs the service.\n\nPeople:",
                        settings.link("people")));
            }
        }
    }

    /** The head of the audit chain, to each of the pool team: a copy nobody with the database alone can change. */
    @EventListener
    void auditAnchored(AuditAnchored anchored) {
        for (Contact to : people.contactsWithRole(Role.POOL_ADMIN)) {
            mail.queue(new OutgoingMail("audit-anchor:" + anchored.seq(), to, MailKind.NOTIFICATION, null, null,
                    "The audit log on " + UkDates.date(anchored.at()) + ": " + anchored.entries() + " entries",
                    "The audit log was checked on " + UkDates.dateTime(anchored.at()) + " and is complete: "
                            + anchored.entries() + " entries, the newest numbered " + anchored.seq() + " with the seal\n\n"
                            + anchored.link() + "\n\nKeep this email. If the log is ever questioned, this seal shows "
                            + "what it held on this day; the service checks itself against the copy it keeps outside "
                            + "its database.\n\nThe audit log:", settings.link("audit")));
        }
    }

    /** Word that a password changed, so a change that was not theirs is noticed. */
    @EventListener
    void passwordChanged(PasswordChanged changed) {
        Contact to = people.contacts(List.of(changed.person())).get(changed.person());
        if (to == null) {
            return;
        }
        mail.queue(new OutgoingMail("password-changed:" + changed.at().toEpochMilli(), to, MailKind.ACCOUNT, null,
                null, "Your password was changed",
                "Your password for the coaching and mentoring pool service was changed on "
                        + UkDates.dateTime(changed.at())
                        + ". You were signed out everywhere else.\n\nIf you did not change it, tell the pool team "
                        + "at once: they can send you a link to choose a new one.\n\nSign in:",
                settings.link("")));
    }

    /**
     * The people in a relationship hear when it is matched and when it closes, which no task of
     * theirs says: the thinker who their coach or mentor is, and the thinker, the sponsor and the
     * coach or mentor that it has closed. Names and the reference only, nothing anyone wrote.
     */
    @EventListener
    void caseMoved(CaseMoved moved) {
        if (moved.stage() != Stage.CHEMISTRY && moved.stage() != Stage.CLOSED) {
            return;
        }
        CaseSummary summary = cases.find(moved.caseId()).orElse(null);
        if (summary == null) {
            return;
        }
        String kind = "MENTORING".equals(summary.kindWanted()) ? "mentoring" : "coaching";
        String helper = "MENTORING".equals(summary.kindWanted()) ? "mentor" : "coach";
        String link = settings.link(CaseNavigation.path(summary.id()));
        String cause = "case-" + moved.stage().name().toLowerCase(Locale.UK) + ":" + summary.id() + ":"
                + moved.at().toEpochMilli();
        if (moved.stage() == Stage.CHEMISTRY) {
            if (summary.coachName() == null) {
                return;
            }
            Contact thinker = people.contacts(List.of(summary.thinker())).get(summary.thinker());
            if (thinker != null) {
                mail.queue(new OutgoingMail(cause, thinker, MailKind.NOTIFICATION, summary.id(), summary.reference(),
                        "You have been matched with a " + helper + " (" + summary.reference() + ")",
                        "The pool team has matched you with " + summary.coachName() + " as your " + helper + ". "
                                + "First you will both have a short conversation to check that you are a good fit; "
                                + summary.coachName() + " will be in touch to arrange it.\n\nYour relationship:", link));
            }
            return;
        }
        var ids = new ArrayList<>(List.of(summary.thinker(), summary.sponsor()));
        if (summary.coach() != null) {
            ids.add(summary.coach());
        }
        var contacts = people.contacts(ids);
        for (var id : ids) {
            Contact to = contacts.get(id);
            if (to == null) {
                continue;
            }
            String with = id.equals(summary.thinker()) ? ""
                    : " with " + summary.thinkerName();
            mail.queue(new OutgoingMail(cause, to, MailKind.NOTIFICATION, summary.id(), summary.reference(),
                    "The " + kind + " relationship " + summary.reference() + " has closed",
                    "The " + kind + " relationship" + with + " (" + summary.reference() + ") closed on "
                            + UkDates.date(moved.at()) + ". Thank you for taking part. What was written in it stays "
                            + "as private as it was; the pool keeps the record for its retention period.\n\n"
                            + "The relationship:", link));
        }
    }

    @EventListener
    void workItemOpened(WorkItemOpened opened) {
        Optional<CaseSummary> summary = opened.caseId() == null ? Optional.empty()
                : cases.find(opened.caseId());
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
            case CASE -> settings.link(CaseNavigation.path(recorded.caseId()));
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
        return Arrays.stream(Role.values())
                .filter(role -> role.candidateGroup() != null && candidateGroups.contains(role.candidateGroup()))
                .flatMap(role -> people.contactsWithRole(role).stream())
                .distinct()
                .toList();
    }
}
