package org.coachingpool.people.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links to set a password ({@code password_link}), and when a person's sessions last ended. */
@Repository
public class PasswordLinkRepository {

    private final JdbcClient jdbc;

    PasswordLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link as stored: never its token, only the token's hash. */
    public record StoredLink(UUID id, UserId person, String purpose, Instant expiresAt, Instant usedAt) {
    }

    public void insert(UUID id, UserId person, String tokenHash, String purpose, UserId createdBy, Instant now,
            Instant expiresAt) {
        jdbc.sql("""
                        insert into password_link (id, user_id, token_hash, purpose, created_by, created_at, expires_at)
                        values (:id, :person, :hash, :purpose, :by, :now, :expires)
                        """)
                .param("id", id).param("person", person.value()).param("hash", tokenHash).param("purpose", purpose)
                .param("by", createdBy == null ? null : createdBy.value()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** Links sent before a new one stop working: only the newest is live. */
    public int retireUnused(UserId person, Instant now) {
        return jdbc.sql("update password_link set expires_at = :now where user_id = :person and used_at is null "
                        + "and expires_at > :now")
                .param("person", person.value()).param("now", Timestamp.from(now)).update();
    }

    public Optional<StoredLink> find(String tokenHash) {
        return jdbc.sql("select id, user_id, purpose, expires_at, used_at from password_link where token_hash = :hash")
                .param("hash", tokenHash).query((rs, row) -> link(rs)).optional();
    }

    /** The link, locked until the caller's transaction ends: two tabs cannot both use it. */
    public Optional<StoredLink> lock(String tokenHash) {
        return jdbc.sql("""
                        select id, user_id, purpose, expires_at, used_at from password_link
                        where token_hash = :hash for update
                        """)
                .param("hash", tokenHash).query((rs, row) -> link(rs)).optional();
    }

    public void used(UUID id, Instant now) {
        jdbc.sql("update password_link set used_at = :now where id = :id").param("id", id)
                .param("now", Timestamp.from(now)).update();
    }

    /** Every session of the person that began before this moment ends. */
    public void endSessionsBefore(UserId person, Instant at) {
        jdbc.sql("update user_account set sessions_valid_from = :at where id = :person")
                .param("person", person.value()).param("at", Timestamp.from(at)).update();
    }

    public Optional<Instant> sessionsValidFrom(UserId person) {
        return jdbc.sql("select sessions_valid_from from user_account where id = :person")
                .param("person", person.value())
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp("sessions_valid_from")).map(Timestamp::toInstant))
                .optional().flatMap(found -> found);
    }

    public Optional<String> passwordHash(UserId person) {
        return jdbc.sql("select password_hash from user_account where id = :person").param("person", person.value())
                .query((rs, row) -> Optional.ofNullable(rs.getString("password_hash"))).optional().flatMap(h -> h);
    }

    private static StoredLink link(ResultSet rs) throws SQLException {
        return new StoredLink(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("purpose"), rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant());
    }
}
