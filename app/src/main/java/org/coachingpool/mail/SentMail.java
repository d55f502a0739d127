package org.coachingpool.mail;

import java.time.Instant;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/**
 * A message in the outbox as the pool team sees it: the whole text, which never holds what
 * people wrote, and how its sending went.
 *
 * @param lastError the mail server's last answer when sending failed, or null
 * @param calendar the invitation sent with it, or null
 */
public record SentMail(MailId id, UserId recipient, String recipientName, String toAddress, MailKind kind,
        CaseId caseId, String caseReference, String subject, String body, MailState state, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, CalendarPart calendar) {

    public boolean canBeTriedAgain() {
        return state == MailState.FAILED || state == MailState.WAITING;
    }
}
