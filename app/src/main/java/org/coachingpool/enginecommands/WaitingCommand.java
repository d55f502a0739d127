package org.coachingpool.enginecommands;

import java.time.Instant;

/** A command the engine has not taken yet, for reconciliation and the pool team's board. */
public record WaitingCommand(long id, CommandPurpose purpose, String orderKey, String subject, Instant writtenAt,
        int attempts, String lastError) {
}
