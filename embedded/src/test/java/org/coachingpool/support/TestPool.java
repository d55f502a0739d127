package org.coachingpool.support;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Adds coaches and mentors for one test, so that tests sharing the embedded stack do not use up
 * each other's capacity. They belong to the NHS trust, another organisation than the demo
 * thinker's, and sign in with the demo password.
 */
@Component
public class TestPool {

    private final JdbcClient jdbc;

    TestPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String coach() {
        return member(true, false);
    }

    public String mentor() {
        return member(false, true);
    }

    /** Someone else in the demo thinker's organisation who may ask for coaching. */
    public String thinker() {
        return account("thinker-", "thinker", "THINKER").username();
    }

    /** Someone else in the demo sponsor's organisation who may be named as a sponsor. */
    public String sponsor() {
        return account("sponsor-", "sponsor", "SPONSOR").username();
    }

    private record Account(UUID id, String username) {
    }

    private Account account(String prefix, String sameOrganisationAs, String role) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            created_at)
                        select :id, :username, :name, :email, u.organisation_id, u.password_hash, now()
                        from user_account u where u.username = :like
                        """)
                .param("id", id).param("username", username).param("name", "Test " + username)
                .param("email", username + "@example.org").param("like", sameOrganisationAs).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role)
                .update();
        return new Account(id, username);
    }

    private String member(boolean coaching, boolean mentoring) {
        var account = account(coaching ? "coach-" : "mentor-", "coach1", "COACH");
        UUID id = account.id();
        String username = account.username();
        jdbc.sql("""
                        insert into pool_member (user_id, offers_coaching, offers_mentoring, max_active_relationships,
                            pledged_hours_per_year, joined_on)
                        values (:id, :coaching, :mentoring, 5, 12, current_date)
                        """)
                .param("id", id).param("coaching", coaching).param("mentoring", mentoring).update();
        return username;
    }
}
