package org.coachingpool.calendar;

/** The meeting cannot be changed: it is not the person's to arrange, or it changed since they looked. */
public class MeetingUnavailableException extends RuntimeException {
    public MeetingUnavailableException(String message) {
        super(message);
    }
}
