package org.coachingpool.security;

/**
 * Someone asked a service for something that is not theirs to see or do. The one refusal every
 * service throws ({@link CurrentUser#require}); the UI answers it as "Page not found" when a page
 * is opened and as a plain refusal when a button is pressed, and never says what was there.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String refusal) {
        super(refusal);
    }
}
