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
 */
public record OutgoingMail(String cause, Contact to, MailKind kind, CaseId caseId,
        String caseReference, String subject, String body,
        String link, CalendarPart calendar) {

    /** A message without a calendar invitation. */
    public OutgoingMail(String cause, Contact to, MailKind kind, CaseId caseId, String caseReference, String subject,
            String body, String link) {
        this(cause, to, kind, caseId, caseReference, subject, body, link, null);
    }
}
