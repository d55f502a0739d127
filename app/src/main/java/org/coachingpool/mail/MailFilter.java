package org.coachingpool.mail;

/**
 * What the pool team is looking for on the "Sent mail" page; null parts match everything.
 *
 * @param recipient part of the recipient's name or address
 * @param caseReference a case's reference, in full
 */
public record MailFilter(MailState state, String recipient, String caseReference, int limit) {

    public static MailFilter latest(int limit) {
        return new MailFilter(null, null, null, limit);
    }
}
