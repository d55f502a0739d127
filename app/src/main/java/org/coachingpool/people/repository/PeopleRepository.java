package org.coachingpool.people.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.coachingpool.people.OrganisationRecord;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for people and organisations as the pool team manages them. Only the security feature uses it. */
@Repository
public class PeopleRepository {

    private final JdbcClient jdbc;

    PeopleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone whose name, username, email or organisation contains the text, by name. */
    public List<PersonRecord> search(String text, int limit) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.email, o.name as organisation, u.enabled,
                               coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
                        from user_account u
                        join organisation o on o.id = u.organisation_id
                        left join user_role r on r.user_id = u.id
                        where cast(:pattern as text) is null or u.display_name ilike :pattern or u.username ilike :pattern
                           or u.email ilike :pattern or o.name ilike :pattern
                        group by u.id, o.name
                        order by u.display_name, u.username
                        limit :limit
                        """)
                .param("pattern", text == null || text.isBlank() ? null : "%" + text.strip() + "%")
                .param("limit", limit)
                .query(PeopleRepository::person)
                .list();
    }

    public List<String> organisations() {
        return jdbc.sql("select name from organisation order by name").query(String.class).list();
    }

    public List<OrganisationRecord> organisationDetails() {
        return jdbc.sql("""
                        select o.name, o.kind, o.contact_name, o.contact_email,
                               (select count(*) from user_account u where u.organisation_id = o.id) as people
                        from organisation o order by o.name
                        """)
                .query((rs, row) -> new OrganisationRecord(rs.getString("name"),
                        OrganisationRecord.Kind.valueOf(rs.getString("kind")), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getInt("people")))
                .list();
    }

    public boolean organisationNameTaken(String name) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(:n))").param("n", name)
                .query(Boolean.class).single();
    }

    public void insertOrganisation(String name, OrganisationRecord.Kind kind, String contactName, String contactEmail) {
        jdbc.sql("""
                        insert into organisation (id, name, kind, contact_name, contact_email)
                        values (:id, :name, :kind, :contactName, :contactEmail)
                        """)
                .param("id", UUID.randomUUID()).param("name", name).param("kind", kind.name())
                .param("contactName", contactName).param("contactEmail", contactEmail).update();
    }

    public boolean anyPoolAdmin() {
        return jdbc.sql("select exists (select 1 from user_role where role = 'POOL_ADMIN')").query(Boolean.class)
                .single();
    }

    /** Adds the organisation unless one of that name exists. */
    public void ensureOrganisation(String name) {
        jdbc.sql("insert into organisation (id, name) values (:id, :name) on conflict (name) do nothing")
                .param("id", UUID.randomUUID()).param("name", name).update();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from user_account where lower(username) = lower(:u))")
                .param("u", username).query(Boolean.class).single();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from user_account where lower(email) = lower(:e))")
                .param("e", email).query(Boolean.class).single();
    }

    public boolean organisationExists(String name) {
        return jdbc.sql("select exists (select 1 from organisation where name = :n)").param("n", name)
                .query(Boolean.class).single();
    }

    public UserId insert(String username, String displayName, String email, String organisation, String passwordHash,
            java.util.Set<Role> roles, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            enabled, created_at)
                        select :id, :username, :name, :email, o.id, :hash, true, :now from organisation o
                        where o.name = :organisation
                        """)
                .param("id", id).param("username", username).param("name", displayName).param("email", email)
                .param("hash", passwordHash).param("now", java.sql.Timestamp.from(now))
                .param("organisation", organisation).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id)
                    .param("role", role.name()).update();
        }
        return new UserId(id);
    }

    public boolean emailTakenByOther(String email, UserId id) {
        return jdbc.sql("select exists (select 1 from user_account where lower(email) = lower(:e) and id <> :id)")
                .param("e", email).param("id", id.value()).query(Boolean.class).single();
    }

    /** Changes who a person is and what they do; their username, password and records stay. */
    public boolean update(UserId id, String displayName, String email, String organisation, java.util.Set<Role> roles) {
        int changed = jdbc.sql("""
                        update user_account set display_name = :name, email = :email,
                            organisation_id = (select o.id from organisation o where o.name = :organisation)
                        where id = :id
                        """)
                .param("id", id.value()).param("name", displayName).param("email", email)
                .param("organisation", organisation).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from user_role where user_id = :id").param("id", id.value()).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id.value())
                    .param("role", role.name()).update();
        }
        return true;
    }

    /** @return whether the person exists */
    public boolean setEnabled(UserId id, boolean enabled) {
        return jdbc.sql("update user_account set enabled = :enabled where id = :id")
                .param("id", id.value()).param("enabled", enabled).update() == 1;
    }

    public long enabledPoolAdminsOtherThan(UserId id) {
        return jdbc.sql("""
                        select count(*) from user_account u join user_role r on r.user_id = u.id
                        where r.role = 'POOL_ADMIN' and u.enabled and u.id <> :id
                        """)
                .param("id", id.value()).query(Long.class).single();
    }

    private static PersonRecord person(ResultSet rs, int row) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        return new PersonRecord(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getString("organisation"), roles,
                rs.getBoolean("enabled"));
    }
}
