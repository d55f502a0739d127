package org.coachingpool.encryption;

/** A sealed value no configured key opens: a missing key after a rotation, or tampering. */
public class SealedTextUnreadableException extends RuntimeException {

    SealedTextUnreadableException(String message) {
        super(message);
    }

    SealedTextUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
