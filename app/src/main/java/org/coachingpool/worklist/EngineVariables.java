package org.coachingpool.worklist;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Guards what goes into the engine: ids, states, dates, counts and decisions only. Text people
 * wrote (goals, notes, reasons) lives in PostgreSQL; a value that looks like prose is refused
 * here, before it can reach the engine's log.
 */
public final class EngineVariables {

    /** Ids, enum states, ISO dates and durations, user names: no spaces, short. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_:.+\\-@]{0,80}");

    private EngineVariables() {
    }

    public static Map<String, Object> requireSafe(Map<String, Object> variables) {
        variables.forEach((name, value) -> {
            if (!isSafe(value)) {
                throw new IllegalArgumentException("engine variable '" + name
                        + "' must be an id, state, date, count or decision, not free text");
            }
        });
        return variables;
    }

    static boolean isSafe(Object value) {
        return switch (value) {
            case null -> true;
            case Number ignored -> true;
            case Boolean ignored -> true;
            case Enum<?> ignored -> true;
            case UUID ignored -> true;
            case String text -> TOKEN.matcher(text).matches();
            case Collection<?> items -> items.stream().allMatch(EngineVariables::isSafe);
            default -> false;
        };
    }
}
