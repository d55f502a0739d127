package org.coachingpool.encryption.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.coachingpool.encryption.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL resealing needs on a sealed column that a feature declares by name (see
 * {@link SealedColumn#inTable}): the feature stays the one place that knows the table.
 */
public final class TableColumn implements SealedColumn {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final String table;
    private final String column;
    private final List<String> keys;

    /**
     * @param keys the columns naming a row (its primary key)
     */
    public TableColumn(JdbcClient jdbc, String table, String column, String... keys) {
        for (String name : concat(table, column, keys)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a column name: " + name);
            }
        }
        this.jdbc = jdbc;
        this.table = table;
        this.column = column;
        this.keys = List.of(keys);
    }

    @Override
    public String column() {
        return table + "." + column;
    }

    @Override
    public List<StoredValue> notUnder(String currentKey, int limit) {
        String select = "select " + String.join(", ", keys) + ", " + column + " as stored from " + table
                + " where " + column + " is not null and " + column + " not like :current limit :limit";
        return jdbc.sql(select).param("current", currentKey).param("limit", limit)
                .query((rs, row) -> {
                    Map<String, Object> key = new LinkedHashMap<>();
                    for (String name : keys) {
                        key.put(name, rs.getObject(name));
                    }
                    return new StoredValue(key, rs.getString("stored"));
                })
                .list();
    }

    @Override
    public boolean replace(Map<String, Object> row, String old, String sealed) {
        StringBuilder update = new StringBuilder("update " + table + " set " + column + " = :sealed where "
                + column + " = :old");
        keys.forEach(name -> update.append(" and ").append(name).append(" = :").append(name));
        var statement = jdbc.sql(update.toString()).param("sealed", sealed).param("old", old);
        for (var entry : row.entrySet()) {
            statement = statement.param(entry.getKey(), entry.getValue());
        }
        return statement.update() == 1;
    }

    @Override
    public long countNotUnder(String currentKey) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " is not null and " + column
                + " not like :current").param("current", currentKey).query(Long.class).single();
    }

    private static List<String> concat(String table, String column, String... keys) {
        var all = new ArrayList<>(List.of(table, column));
        all.addAll(List.of(keys));
        return all;
    }
}
