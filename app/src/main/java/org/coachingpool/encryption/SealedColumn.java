package org.coachingpool.encryption;

import java.util.List;
import java.util.Map;
import org.coachingpool.encryption.repository.TableColumn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A column holding sealed text, implemented by the feature that owns its table so that its SQL
 * stays there. {@link Resealing} uses it after a key rotation, and at each start for values
 * written before encryption.
 */
public interface SealedColumn {

    /** The column as {@code table.column}: also the associated data its values are sealed with. */
    String column();

    /**
     * Up to {@code limit} stored values that do not match {@code currentKey}, a SQL {@code like}
     * pattern (escape character backslash), each with the parameters naming its row.
     */
    List<StoredValue> notUnder(String currentKey, int limit);

    /**
     * Replaces the row's value, if it still holds {@code old} (someone may have just changed it).
     *
     * @return whether it was replaced
     */
    boolean replace(Map<String, Object> row, String old, String sealed);

    /** How many values do not match {@code currentKey}. */
    long countNotUnder(String currentKey);

    /**
     * The column of a table, declared by the feature that owns the table as a bean beside the
     * service that writes it.
     *
     * @param keys the columns naming a row (its primary key)
     */
    static SealedColumn inTable(JdbcClient jdbc, String table, String column, String... keys) {
        return new TableColumn(jdbc, table, column, keys);
    }

    /** A stored value and the SQL parameters naming its row. */
    record StoredValue(Map<String, Object> row, String stored) {
    }
}
