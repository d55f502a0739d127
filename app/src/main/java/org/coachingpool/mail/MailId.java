package org.coachingpool.mail;

import java.util.Objects;
import java.util.UUID;

public record MailId(UUID value) {
    public MailId {
        Objects.requireNonNull(value, "mail id");
    }

    public static MailId parse(String text) {
        return new MailId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
