package org.coachingpool.platform;

/**
 * Input a person can correct. The field names what to fix, so a form can show the message
 * beside it; nothing is stored when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
