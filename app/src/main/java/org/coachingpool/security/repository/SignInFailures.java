package org.coachingpool.security.repository;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for failed sign-ins; only the security feature's throttle uses it. */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param deviceHash the known browser it came from, or null from one not known for the name */
    public void add(String accountKey, String address, String deviceHash, Instant at) {
        jdbc.sql("""
                        insert into sign_in_failure (account_key, address, device_hash, failed_at)
                        values (:account, :address, :device, :at)
                        """)
                .param("account", accountKey).param("address", address).param("device", deviceHash)
                .param("at", Timestamp.from(at)).update();
    }

    /** Failures for the name from browsers not known for it, since the moment. */
    public int forAccountSince(String accountKey, Instant since) {
        return jdbc.sql("""
                        select count(*) from sign_in_failure
                        where account_key = :account and device_hash is null and failed_at >= :since
                        """)
                .param("account", accountKey).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Failures from the address since the moment, whatever names were typed, from browsers not known for them. */
    public int fromAddressSince(String address, Instant since) {
        return jdbc.sql("""
                        select count(*) from sign_in_failure
                        where address = :address and device_hash is null and failed_at >= :since
                        """)
                .param("address", address).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Failures from one known browser since the moment. */
    public int fromDeviceSince(String deviceHash, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where device_hash = :device and failed_at >= :since")
                .param("device", deviceHash).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** A successful sign-in clears the name's failures (not the address's: guessing goes on elsewhere). */
    public void clearAccount(String accountKey) {
        jdbc.sql("delete from sign_in_failure where account_key = :account").param("account", accountKey).update();
    }

    public int deleteBefore(Instant before) {
        return jdbc.sql("delete from sign_in_failure where failed_at < :before").param("before", Timestamp.from(before))
                .update();
    }
}
