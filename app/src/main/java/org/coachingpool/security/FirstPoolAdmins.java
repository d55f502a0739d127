package org.coachingpool.security;

import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first pool admin of a new database: created only while the database has no pool admin,
 * so it can never overwrite an account or add a second one. The settings and the start-up check
 * that call it live in the platform.
 */
@Service
public class FirstPoolAdmins {

    /** What asking for a first pool admin did. */
    public enum Outcome {
        CREATED,
        /** A pool admin exists already: nothing changed. */
        ALREADY_THERE,
        /** The username belongs to someone who is not a pool admin: nothing changed. */
        USERNAME_TAKEN
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    FirstPoolAdmins(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates the person as pool admin and process admin, in the named organisation. */
    @Transactional
    public Outcome create(String username, String name, String email, String organisation, String password) {
        boolean anyPoolAdmin = jdbc.sql("select exists (select 1 from user_role where role = 'POOL_ADMIN')")
                .query(Boolean.class).single();
        if (anyPoolAdmin) {
            return Outcome.ALREADY_THERE;
        }
        boolean taken = jdbc.sql("select exists (select 1 from user_account where username = :username)")
                .param("username", username).query(Boolean.class).single();
        if (taken) {
            return Outcome.USERNAME_TAKEN;
        }
        var now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("insert into organisation (id, name) values (:id, :name) on conflict (name) do nothing")
                .param("id", UUID.randomUUID()).param("name", organisation).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            enabled, created_at)
                        select :id, :username, :name, :email, o.id, :hash, true, :now from organisation o
                        where o.name = :organisation
                        """)
                .param("id", id).param("username", username).param("name", name).param("email", email)
                .param("hash", passwords.encode(password)).param("now", now).param("organisation", organisation)
                .update();
        for (Role role : new Role[] {Role.POOL_ADMIN, Role.PROCESS_ADMIN}) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        return Outcome.CREATED;
    }
}
