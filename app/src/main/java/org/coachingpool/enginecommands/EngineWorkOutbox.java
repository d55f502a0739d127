package org.coachingpool.enginecommands;

/**
 * Work for the engine that a feature keeps in a table of its own because its state lives there:
 * a completed task is a work item in state COMPLETING, with its job key and variables beside it
 * (ADR 0028). The engine-command sender's pass sends what each such outbox holds, as it sends
 * {@code engine_command}, so one scheduler carries everything that must follow a commit.
 */
public interface EngineWorkOutbox {

    /**
     * Sends what waits and is no longer on its way: what was stored longer ago than a send takes,
     * or before this copy of the app started. Safe to call again while a send is in flight.
     *
     * @return how many reached the engine
     */
    int sendWaiting();
}
