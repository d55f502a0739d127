package org.coachingpool.people;

import java.time.Instant;
import java.util.UUID;
import org.coachingpool.security.UserId;

/**
 * A one-time link to set a password was made for a person, in the transaction that stores it: the
 * mail feature sends it to them alone, sealed until it goes (issue 27). The path holds the secret
 * token: nothing may store or show it but that message.
 *
 * @param issuedBy the name of the pool admin who asked for it
 */
public record PasswordLinkIssued(UserId person, UUID linkId, Purpose purpose, String path, Instant expiresAt,
        String issuedBy) {

    public enum Purpose {
        /** A new account: the person chooses their first password. */
        SET_UP,
        /** A pool admin asked for the person to choose a new password. */
        RESET
    }

    @Override
    public String toString() {
        // Logged events must not carry the token.
        return "PasswordLinkIssued[person=" + person + ", linkId=" + linkId + ", purpose=" + purpose + ", expiresAt="
                + expiresAt + "]";
    }
}
