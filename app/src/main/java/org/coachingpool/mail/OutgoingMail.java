package org.coachingpool.mail;

import org.coachingpool.cases.CaseId;
import org.coachingpool.people.Contact;

/**
 * A message to write to the outbox. Built only from ids, names, dates, titles of tasks and the
 * service's own wording: never from text people wrote.
 *
 * @param cause what caused it (e.g. {@code work-item:<id>}); with the recipient it makes a second
 *     delivery of the same cause write nothing
 * @param caseId the case it is about, or null
 * @param caseReference the case's reference, or null
 * @param body the message without the greeting and the footer, which the outbox adds
 * @param link the page the message sends its reader to
 * @param calendar an invitation to attach, or null; a message with one is never held for a digest,
 *     since a calendar reads only the invitation it was sent
 * @param secretLink whether the link is the reader's secret: see {@link #withSecretLink}
 */
public record OutgoingMail(String cause, Contact to, MailKind kind, CaseId caseId,
        String caseReference, String subject, String body,
        String link, CalendarPart calendar, boolean secretLink) {

    /** A message with a calendar invitation, or none. */
    public OutgoingMail(String cause, Contact to, MailKind kind, CaseId caseId, String caseReference, String subject,
            String body, String link, CalendarPart calendar) {
        this(cause, to, kind, caseId, caseReference, subject, body, link, calendar, false);
    }

    /** A message without a calendar invitation. */
    public OutgoingMail(String cause, Contact to, MailKind kind, CaseId caseId, String caseReference, String subject,
            String body, String link) {
        this(cause, to, kind, caseId, caseReference, subject, body, link, null, false);
    }

    /**
     * A message whose link is a secret of its reader's (a one-time link to set a password): the
     * link is kept sealed beside the message and put in only as it is sent, so "Sent mail", the
     * database and the log never show it; it is never held for a digest, and forgotten once sent.
     */
    public static OutgoingMail withSecretLink(String cause, Contact to, MailKind kind, String subject, String body,
            String secretLink) {
        return new OutgoingMail(cause, to, kind, null, null, subject, body, secretLink, null, true);
    }
}
