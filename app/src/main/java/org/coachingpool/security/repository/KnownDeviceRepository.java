package org.coachingpool.security.repository;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the browsers people have signed in from ({@code known_device}); only sign-in uses it. */
@Repository
public class KnownDeviceRepository {

    private final JdbcClient jdbc;

    KnownDeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String tokenHash, String accountKey, Instant now) {
        jdbc.sql("""
                        insert into known_device (token_hash, account_key, created_at, last_used_at)
                        values (:hash, :account, :now, :now)
                        on conflict (token_hash) do update set last_used_at = :now
                        """)
                .param("hash", tokenHash).param("account", accountKey).param("now", Timestamp.from(now)).update();
    }

    /** Whether the browser with this token has signed in as this name before. */
    public boolean isKnown(String tokenHash, String accountKey) {
        return jdbc.sql("select count(*) from known_device where token_hash = :hash and account_key = :account")
                .param("hash", tokenHash).param("account", accountKey).query(Integer.class).single() > 0;
    }

    public int forgetUnusedSince(Instant before) {
        return jdbc.sql("delete from known_device where last_used_at < :before").param("before", Timestamp.from(before))
                .update();
    }
}
