package org.coachingpool.ids;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every typed id is: a UUID with a name of its own, so a case id can never be passed where a
 * person's is wanted. Each feature's id is a one-line record implementing this; reading one from
 * text, a route or a result set is written here once.
 */
public interface TypedId {

    UUID value();

    /** Refuses a missing value where the id is made, not later where it is used. */
    static UUID check(UUID value, String what) {
        return Objects.requireNonNull(value, what);
    }

    /** The id in a link or a route, if it is one: a mistyped or guessed address is simply none. */
    static <T extends TypedId> Optional<T> fromText(String text, Function<UUID, T> make) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.apply(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The id in text the app wrote itself (an engine variable, a stored reference): must be one. */
    static <T extends TypedId> T parse(String text, Function<UUID, T> make) {
        return make.apply(UUID.fromString(text));
    }

    /** The id in a column, or null where the column is null. */
    static <T extends TypedId> T read(ResultSet rs, String column, Function<UUID, T> make) throws SQLException {
        UUID value = rs.getObject(column, UUID.class);
        return value == null ? null : make.apply(value);
    }

    /** The id's value for a query parameter, null for none. */
    static UUID valueOf(TypedId id) {
        return id == null ? null : id.value();
    }
}
