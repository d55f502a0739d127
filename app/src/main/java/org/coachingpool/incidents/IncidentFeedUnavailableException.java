package org.coachingpool.incidents;

/** The engine could not list its incidents just now; the last known list stands. */
public class IncidentFeedUnavailableException extends RuntimeException {

    public IncidentFeedUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
