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

    public void add(String accountKey, String address, Instant at) {
        jdbc.sql("insert into sign_in_failure (account_key, address, failed_at) values (:account, :address, :at)")
                .param("account", accountKey).param("address", address).param("at", Timestamp.from(at)).update();
    }

    /** Failures for the name since the moment. */
    public int forAccountSince(String accountKey, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where account_key = :account and failed_at >= :since")
                .param("account", accountKey).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Failures from the address since the moment, whatever names were typed. */
    public int fromAddressSince(String address, Instant since) {
        return jdbc.sql("select count(*) from sign_in_failure where address = :address and failed_at >= :since")
                .param("address", address).param("since", Timestamp.from(since)).query(Integer.class).single();
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
