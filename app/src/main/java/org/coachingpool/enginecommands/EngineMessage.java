package org.coachingpool.enginecommands;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A message for the engine: its name, the key it correlates on, an id that makes sending it twice
 * harmless, how long the engine keeps it for a process that is not waiting yet, and variables
 * (ids, states, dates and counts only: never what people wrote).
 */
public record EngineMessage(String name, String correlationKey, String messageId, Duration timeToLive,
        Map<String, Object> variables) {

    /**
     * How long the engine keeps a message that starts a process. While it keeps it, the same
     * message id sent again is refused as a duplicate, and a message that started an instance
     * never starts another, even once that instance has ended: without it, a start sent again
     * after its answer was lost started a second safeguarding process for a concern the lead had
     * already answered (found by the fault suite).
     */
    public static final Duration START_KEPT = Duration.ofDays(1);

    public EngineMessage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(correlationKey, "correlationKey");
        Objects.requireNonNull(messageId, "messageId");
        timeToLive = timeToLive == null ? Duration.ZERO : timeToLive;
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
