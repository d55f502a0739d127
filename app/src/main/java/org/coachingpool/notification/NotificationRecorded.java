package org.coachingpool.notification;

import org.coachingpool.cases.CaseId;

/**
 * Published in the transaction that recorded a notification, once per notification however
 * often its job is delivered: for the features that pass it on (email).
 *
 * @param recipient the username of the person notified, or null when a group is
 * @param recipientGroup the candidate group notified (e.g. pool-admins), or null when a person is
 */
public record NotificationRecorded(long jobKey, CaseId caseId, NotificationTemplate template, String recipient,
        String recipientGroup) {
}
