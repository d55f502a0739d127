/**
 * Engine commands: the one way anything reaches the engine after a commit (ADR 0028). Offers
 * {@link org.coachingpool.enginecommands.EngineCommands}: a feature writes an
 * {@link org.coachingpool.enginecommands.EngineMessage} in the transaction that stores what it
 * reports, and hears how it went through {@link org.coachingpool.enginecommands.CommandDelivered}
 * and {@link org.coachingpool.enginecommands.CommandNotDelivered}. Commands are sent after the
 * commit and again, with growing waits, after a crash or an engine outage; in order per key;
 * idempotently by message id. Owns the table {@code engine_command}; its SQL is in
 * {@code repository}, and the sender that runs after commits and every few seconds is in
 * {@code worker}, both internal. Variables are ids, states, dates and counts, never what people
 * wrote, and a case's commands go when the case is erased.
 */
package org.coachingpool.enginecommands;
