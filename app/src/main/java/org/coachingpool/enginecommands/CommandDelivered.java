package org.coachingpool.enginecommands;

/**
 * The engine took a command. Published in the transaction that records it as sent, so a feature
 * listening (plain {@code @EventListener}) records its own consequence atomically with it.
 */
public record CommandDelivered(CommandPurpose purpose, String subject) {
}
