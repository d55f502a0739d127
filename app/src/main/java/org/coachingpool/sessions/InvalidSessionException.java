package org.coachingpool.sessions;

/** A session entry a coach can correct; the message names the field. */
public class InvalidSessionException extends RuntimeException {
    private final String field;

    public InvalidSessionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
