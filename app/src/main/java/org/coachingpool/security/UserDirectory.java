package org.coachingpool.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The people of the pool's organisations: who they are and what roles they hold. */
@Service
public class UserDirectory {

    private static final String PEOPLE = """
            select u.id, u.username, u.display_name, o.name as organisation
            from user_account u join organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAccount> findAccount(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.password_hash, u.enabled,
                               coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
                        from user_account u
                        left join user_role r on r.user_id = u.id
                        where u.username = :username
                        group by u.id
                        """)
                .param("username", username)
                .query((rs, row) -> {
                    var roles = EnumSet.noneOf(Role.class);
                    Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
                    var user = new CurrentUser(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                            rs.getString("display_name"), roles);
                    return new StoredAccount(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
                })
                .optional();
    }

    /** People who can act as a sponsor, for the request form's picker. */
    public List<Person> sponsors() {
        return jdbc.sql(PEOPLE + """
                        join user_role r on r.user_id = u.id and r.role = 'SPONSOR'
                        where u.enabled
                        order by u.display_name
                        """)
                .query(UserDirectory::person)
                .list();
    }

    private static Person person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Person(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("organisation"));
    }

    record StoredAccount(CurrentUser user, String passwordHash, boolean enabled) {
    }
}
