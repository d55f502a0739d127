package org.coachingpool.mail;

import java.util.List;
import org.coachingpool.mail.repository.MailRepository;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/** The emails written to a person, with their subjects (they carry no text people wrote). */
@Component
class MailPersonalData implements PersonalData {

    static final int MOST = 5000;
    private final MailRepository outbox;

    MailPersonalData(MailRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<Section> about(UserId person) {
        var rows = outbox.toRecipient(person, MOST).stream()
                .map(m -> List.of(UkDates.dateTime(m.createdAt()), m.toAddress(), m.subject(), m.state().label()))
                .toList();
        return List.of(new Section("Emails to you", "Each email the service wrote to you, newest first.",
                List.of("Written", "To", "Subject", "What happened to it"), rows));
    }
}
