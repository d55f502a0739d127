package org.coachingpool.enginecommands.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code engine_command}. A command is taken by one sender at a time for a short while
 * ({@code taken_until}), so two copies of the app, or the after-commit send and the periodic pass,
 * never send it at once; a sender that dies leaves it to be taken again when that lapses. Only the
 * oldest unsent command of an order key can be taken.
 */
@Repository
public class EngineCommandRepository {

    /** How long a sender holds a command it took: well over the engine's request timeout. */
    static final String HOLD = "30 seconds";

    private final JdbcClient jdbc;

    EngineCommandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored command, as a sender takes it. */
    public record Stored(long id, String kind, String orderKey, String purpose, String subject, String messageName,
            String correlationKey, String messageId, long timeToLiveMs, String variablesJson, int attempts) {
    }

    /** A command not yet sent, for those who watch. */
    public record Pending(long id, String purpose, String orderKey, String subject, Instant writtenAt, int attempts,
            String lastError) {
    }

    /** @return the new command's id, or empty when a command with that message id exists already */
    public Optional<Long> insertMessage(String orderKey, String purpose, String subject, String messageName,
            String correlationKey, String messageId, long timeToLiveMs, String variablesJson) {
        return jdbc.sql("""
                        insert into engine_command (kind, order_key, purpose, subject, message_name, correlation_key,
                            message_id, time_to_live_ms, variables)
                        values ('PUBLISH_MESSAGE', :orderKey, :purpose, :subject, :name, :correlationKey, :messageId,
                            :ttl, cast(:variables as jsonb))
                        on conflict (message_id) do nothing
                        returning id
                        """)
                .param("orderKey", orderKey).param("purpose", purpose).param("subject", subject)
                .param("name", messageName).param("correlationKey", correlationKey).param("messageId", messageId)
                .param("ttl", timeToLiveMs).param("variables", variablesJson)
                .query(Long.class).optional();
    }

    private static final String TAKE = """
            update engine_command t set taken_until = now() + interval '%s'
            where t.id in (
                select c.id from engine_command c
                where c.sent_at is null and (c.taken_until is null or c.taken_until < now())
                  and not exists (select 1 from engine_command p
                                  where p.order_key = c.order_key and p.sent_at is null and p.id < c.id)
                  and %s
                order by c.id
                limit :limit
                for update skip locked)
            returning t.id, t.kind, t.order_key, t.purpose, t.subject, t.message_name, t.correlation_key, t.message_id,
                t.time_to_live_ms, t.variables::text as variables, t.attempts
            """;

    /** Takes these commands, each only if it is the next of its order key and nobody holds it. */
    public List<Stored> take(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sorted(jdbc.sql(TAKE.formatted(HOLD, "c.id in (:ids)")).param("ids", ids).param("limit", ids.size())
                .query(this::stored).list());
    }

    /** Takes the commands of an order key that can go now, whatever their wait. */
    public List<Stored> takeOf(String orderKey) {
        return sorted(jdbc.sql(TAKE.formatted(HOLD, "c.order_key = :key")).param("key", orderKey).param("limit", 10)
                .query(this::stored).list());
    }

    /** Takes up to {@code limit} commands whose wait is over, oldest first. */
    public List<Stored> takeDue(int limit) {
        return sorted(jdbc.sql(TAKE.formatted(HOLD, "c.next_attempt_at <= now()")).param("limit", limit)
                .query(this::stored).list());
    }

    private static List<Stored> sorted(List<Stored> taken) {
        return taken.stream().sorted(Comparator.comparingLong(Stored::id)).toList();
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("kind"), rs.getString("order_key"), rs.getString("purpose"),
                rs.getString("subject"), rs.getString("message_name"), rs.getString("correlation_key"),
                rs.getString("message_id"), rs.getLong("time_to_live_ms"), rs.getString("variables"),
                rs.getInt("attempts"));
    }

    public void sent(long id) {
        jdbc.sql("""
                        update engine_command set sent_at = now(), attempts = attempts + 1, taken_until = null,
                            last_error = null
                        where id = :id
                        """).param("id", id).update();
    }

    public void failed(long id, Duration wait, String problem) {
        jdbc.sql("""
                        update engine_command set attempts = attempts + 1, taken_until = null, last_error = :problem,
                            next_attempt_at = now() + make_interval(secs => :wait)
                        where id = :id
                        """).param("id", id).param("problem", problem).param("wait", wait.toMillis() / 1000.0)
                .update();
    }

    /** Makes every unsent command of the key due at once. @return how many there are */
    public int dueNow(String orderKey) {
        return jdbc.sql("update engine_command set next_attempt_at = now() where order_key = :key and sent_at is null")
                .param("key", orderKey).update();
    }

    /** Makes every unsent command due at once. @return how many there are */
    public int allDueNow() {
        return jdbc.sql("update engine_command set next_attempt_at = now() where sent_at is null and next_attempt_at > now()")
                .update();
    }

    public boolean anyUnsent(String orderKey) {
        return jdbc.sql("select exists (select 1 from engine_command where order_key = :key and sent_at is null)")
                .param("key", orderKey).query(Boolean.class).single();
    }

    /** Unsent commands written longer ago than {@code age} (by the database's clock). */
    public List<Pending> unsentOlderThan(Duration age) {
        return jdbc.sql("""
                        select id, purpose, order_key, subject, written_at, attempts, last_error
                        from engine_command
                        where sent_at is null and written_at < now() - make_interval(secs => :age)
                        order by id limit 1000
                        """)
                .param("age", (double) age.toSeconds())
                .query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("purpose"), rs.getString("order_key"),
                        rs.getString("subject"), rs.getTimestamp("written_at").toInstant(), rs.getInt("attempts"),
                        rs.getString("last_error")))
                .list();
    }

    /** Sent commands are kept a while for whoever investigates, then deleted. */
    public int deleteSentBefore(Duration age) {
        return jdbc.sql("delete from engine_command where sent_at < now() - make_interval(secs => :age)")
                .param("age", (double) age.toSeconds()).update();
    }

    /** A case erased: its commands go too, sent or not (an unsent one could only act on a cancelled process). */
    public int deleteOf(String orderKey) {
        return jdbc.sql("delete from engine_command where order_key = :key").param("key", orderKey).update();
    }
}
