package org.coachingpool.mail;

/** A message of its own was written to the outbox: the sender looks once the transaction commits. */
public record MailQueued(MailId id) {
}
