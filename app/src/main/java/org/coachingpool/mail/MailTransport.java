package org.coachingpool.mail;

import org.coachingpool.mail.repository.MailRepository;

/** Hands one message to the mail server; throws when the server did not take it. */
interface MailTransport {

    void send(MailRepository.Claimed message, String from);
}
