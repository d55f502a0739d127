package org.coachingpool.worklist;

public enum WorkItemState {
    /** Waiting for a person. */
    OPEN,
    /** A person completed it; the result is stored and the engine is being told. */
    COMPLETING,
    /** The engine took the completion. */
    COMPLETED,
    /** The process no longer waits for it (completed elsewhere, or cancelled). */
    WITHDRAWN
}
