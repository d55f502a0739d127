package org.coachingpool.enginecommands;

import java.time.Duration;
import java.util.Map;

/**
 * A message for the engine: its name, the key it correlates on, an id that makes sending it twice
 * harmless, how long the engine keeps it for a process that is not waiting yet, and variables
 * (ids, states, dates and counts only: never what people wrote).
 */
public record EngineMessage(String name, String correlationKey, String messageId, Duration timeToLive,
        Map<String, Object> variables) {

    public EngineMessage {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(correlationKey, "correlationKey");
        java.util.Objects.requireNonNull(messageId, "messageId");
        timeToLive = timeToLive == null ? Duration.ZERO : timeToLive;
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
