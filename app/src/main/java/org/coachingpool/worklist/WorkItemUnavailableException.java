package org.coachingpool.worklist;

/** The work item can no longer be acted on; the message is written for the person who tried. */
public class WorkItemUnavailableException extends RuntimeException {
    public WorkItemUnavailableException(String message) {
        super(message);
    }
}
