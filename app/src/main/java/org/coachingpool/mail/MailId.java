package org.coachingpool.mail;

import java.util.UUID;
import org.coachingpool.ids.TypedId;

/** The id of an email in the outbox. */
public record MailId(UUID value) implements TypedId {
    public MailId {
        TypedId.check(value, "mail id");
    }

    public static MailId parse(String text) {
        return TypedId.parse(text, MailId::new);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
