package org.coachingpool.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One field of a task form. */
public sealed interface Field {

    String name();

    String label();

    /**
     * A choice that steers the process: its value goes to the engine under {@code name}.
     *
     * @param options value (an engine state) → label people read
     */
    record Choice(String name, String label, Map<String, String> options) implements Field {
        public Choice {
            options = new LinkedHashMap<>(options);
        }
    }

    /** A whole number that the process uses (e.g. planned sessions). */
    record Count(String name, String label, int min, int max, int suggested) implements Field {
    }

    /** A date the process uses (e.g. the review date); must lie ahead, within two years. */
    record FutureDate(String name, String label) implements Field {
        /** A relationship runs for months; a date further out than this is a typing slip (9999). */
        public static final int YEARS_AHEAD = 2;

        public static LocalDate latest(LocalDate today) {
            return today.plusYears(YEARS_AHEAD);
        }
    }

    /** A rating from 1 to 5, stored for reports; never sent to the engine. */
    record Rating(String name, String label) implements Field {
    }

    /** A volunteer's yes or no: yes sends the person's own user name to the engine under {@code name}. */
    record Volunteer(String name, String label) implements Field {
    }

    /** A confirmation box that must be ticked. */
    record Confirm(String name, String label) implements Field {
    }

    /**
     * Text people write. Stored in PostgreSQL with its visibility, never sent to the engine.
     *
     * @param requiredWhen "" when always optional, "*" when always required, or
     *     "field=VALUE" when required only for that choice
     */
    record Text(String name, String label, String helper, Visibility visibility, String requiredWhen)
            implements Field {
    }
}
