package org.coachingpool.enginecommands;

/**
 * The engine did not take a command this time; it is sent again after {@code attempts} grows the
 * wait. Published in the transaction that records the failure.
 *
 * @param problem the engine's or the network's answer, for the pool team's board and the log
 */
public record CommandNotDelivered(CommandPurpose purpose, String subject, int attempts, String problem) {
}
