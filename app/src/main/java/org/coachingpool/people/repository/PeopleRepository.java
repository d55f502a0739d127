package org.coachingpool.people.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.ids.TypedId;
import org.coachingpool.people.Contact;
import org.coachingpool.people.MatchingFacts;
import org.coachingpool.people.OrganisationId;
import org.coachingpool.people.OrganisationRecord;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.people.Seniority;
import org.coachingpool.people.Workplace;
import org.coachingpool.security.Accounts;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for people and organisations as the pool team manages them. Only the people feature uses it. */
@Repository
public class PeopleRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    PeopleRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The account sign-in checks: id, names, password hash, whether enabled, roles. */
    public Optional<Accounts.StoredAccount> account(String username) {
        return accounts("u.username = :key", username).stream().findFirst();
    }

    /** Accounts with this email address, whatever its case: more than one means it cannot name a person. */
    public List<Accounts.StoredAccount> accountsWithEmail(String email) {
        return accounts("lower(u.email) = lower(:key)", email);
    }

    /** The account bound to the identity provider's id for the person, if any. */
    public Optional<Accounts.StoredAccount> accountBoundTo(String issuer,
            String subject) {
        return accounts("u.sso_issuer = :issuer and u.sso_subject = :key", subject, issuer).stream().findFirst();
    }

    /** The provider's id the account is bound to at this issuer, if any. */
    public Optional<String> boundSubject(UserId id, String issuer) {
        return jdbc.sql("select sso_subject from user_account where id = :id and sso_issuer = :issuer")
                .param("id", id.value()).param("issuer", issuer).query(String.class).optional();
    }

    /** Binds the account to the provider's id for the person, unless it is bound already. @return whether bound now */
    public boolean bindSubject(UserId id, String issuer, String subject) {
        return jdbc.sql("""
                        update user_account set sso_issuer = :issuer, sso_subject = :subject
                        where id = :id and sso_subject is null
                        """)
                .param("id", id.value()).param("issuer", issuer).param("subject", subject).update() == 1;
    }

    private List<Accounts.StoredAccount> accounts(String condition, String key) {
        return accounts(condition, key, null);
    }

    private List<Accounts.StoredAccount> accounts(String condition, String key,
            String issuer) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.password_hash, u.enabled,
                               coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
                        from user_account u
                        left join user_role r on r.user_id = u.id
                        where %s
                        group by u.id
                        limit 2
                        """.formatted(condition))
                .param("key", key)
                .params(issuer == null ? Map.of() : Map.of("issuer", issuer))
                .query((rs, row) -> {
                    var roles = EnumSet.noneOf(Role.class);
                    Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
                    var user = new CurrentUser(new UserId(rs.getObject("id", UUID.class)),
                            rs.getString("username"), rs.getString("display_name"), roles);
                    return new Accounts.StoredAccount(user, rs.getString("password_hash"),
                            rs.getBoolean("enabled"));
                })
                .list();
    }

    /** The person's roles become exactly these. */
    public void replaceRoles(UserId person, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = :id and not (role = any(:roles))")
                .param("id", person.value())
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .update();
        addRoles(Map.of(person.value(), roles));
    }

    /** People who can sign in and hold the sponsor role, by name. */
    public List<Person> sponsors() {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, o.name as organisation
                        from user_account u join organisation o on o.id = u.organisation_id
                        join user_role r on r.user_id = u.id and r.role = 'SPONSOR'
                        where u.enabled
                        order by u.display_name
                        """)
                .query((rs, row) -> new Person(new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("username"), rs.getString("display_name"), rs.getString("organisation")))
                .list();
    }

    /** The organisation each of the given people belongs to. */
    public Map<UserId, OrganisationId> organisationIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, organisation_id from user_account where id = any(:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(TypedId.read(rs, "id", UserId::new),
                        TypedId.read(rs, "organisation_id", OrganisationId::new)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Display names of the given people. */
    public Map<UserId, String> names(Collection<UserId> ids) {
        var names = new HashMap<UserId, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from user_account where id = any(:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> names.put(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
        return names;
    }

    /** Display names by username. */
    public Map<String, String> namesByUsername(Collection<String> usernames) {
        var names = new HashMap<String, String>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("select username, display_name from user_account where username = any(:usernames)")
                .param("usernames", usernames.stream().distinct().toArray(String[]::new))
                .query((rs, row) -> names.put(rs.getString("username"), rs.getString("display_name")))
                .list();
        return names;
    }

    /** Usernames of the given people. */
    public Map<UserId, String> usernamesOf(Collection<UserId> ids) {
        var usernames = new HashMap<UserId, String>();
        if (ids.isEmpty()) {
            return usernames;
        }
        jdbc.sql("select id, username from user_account where id = any(:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> usernames.put(new UserId(rs.getObject("id", UUID.class)), rs.getString("username")))
                .list();
        return usernames;
    }

    /** People whose name contains the text, at most the limit. */
    public List<UserId> idsNamedLike(String text, int limit) {
        return jdbc.sql("select id from user_account where display_name ilike :pattern limit :limit")
                .param("pattern", "%" + text.strip() + "%").param("limit", limit)
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class))).list();
    }

    /** A person as a staff import compares them, found by email. */
    public record KnownPerson(UUID id, String username, String displayName, String email, String organisation,
            Workplace workplace, String lineManagerEmail, Set<Role> roles) {
    }

    /** A person as a staff import writes them; null parts of the workplace leave what is stored. */
    public record ImportedPerson(UUID id, String username, String displayName, String email, UUID organisationId,
            Workplace workplace, Set<Role> roles) {
    }

    /** Everyone, by email in lower case. */
    public Map<String, KnownPerson> knownForImport() {
        var known = new HashMap<String, KnownPerson>();
        jdbc.sql("""
                        select u.id, u.username, u.display_name, u.email, o.name as organisation, u.department,
                               u.job_title, u.grade, u.seniority, m.email as manager_email,
                               coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
                        from user_account u
                        join organisation o on o.id = u.organisation_id
                        left join user_account m on m.id = u.line_manager_id
                        left join user_role r on r.user_id = u.id
                        group by u.id, o.name, m.email
                        """)
                .query((rs, row) -> {
                    var roles = EnumSet.noneOf(Role.class);
                    Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
                    var person = new KnownPerson(rs.getObject("id", UUID.class), rs.getString("username"),
                            rs.getString("display_name"), rs.getString("email"), rs.getString("organisation"),
                            new Workplace(rs.getString("department"), rs.getString("job_title"), rs.getString("grade"),
                                    seniority(rs.getString("seniority")), null),
                            rs.getString("manager_email"), roles);
                    return known.put(person.email().toLowerCase(Locale.UK), person);
                })
                .list();
        return known;
    }

    public Map<String, UUID> organisationIdsByLowerName() {
        var ids = new HashMap<String, UUID>();
        jdbc.sql("select id, name from organisation")
                .query((rs, row) -> ids.put(rs.getString("name").strip().toLowerCase(Locale.UK),
                        rs.getObject("id", UUID.class)))
                .list();
        return ids;
    }

    public List<String> usernames() {
        return jdbc.sql("select username from user_account").query(String.class).list();
    }

    public void insertImported(List<ImportedPerson> added, String passwordHash, Instant now) {
        batches.batchUpdate("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            enabled, created_at, department, job_title, grade, seniority)
                        values (:id, :username, :name, :email, :organisation, :hash, true, :now,
                            :department, :jobTitle, :grade, :seniority)
                        """,
                added.stream().map(p -> {
                    var params = new HashMap<>(workplaceParams(p.workplace()));
                    params.put("id", p.id());
                    params.put("username", p.username());
                    params.put("name", p.displayName());
                    params.put("email", p.email());
                    params.put("organisation", p.organisationId());
                    params.put("hash", passwordHash);
                    params.put("now", Timestamp.from(now));
                    return new MapSqlParameterSource(params);
                }).toArray(SqlParameterSource[]::new));
    }

    /** Writes what the file gives; what it leaves empty stays as it was. */
    public void updateImported(List<ImportedPerson> updated) {
        batches.batchUpdate("""
                        update user_account set display_name = :name, organisation_id = :organisation,
                            department = coalesce(:department, department), job_title = coalesce(:jobTitle, job_title),
                            grade = coalesce(:grade, grade), seniority = coalesce(:seniority, seniority)
                        where id = :id
                        """,
                updated.stream().map(p -> {
                    var params = new HashMap<>(workplaceParams(p.workplace()));
                    params.put("id", p.id());
                    params.put("name", p.displayName());
                    params.put("organisation", p.organisationId());
                    return new MapSqlParameterSource(params);
                }).toArray(SqlParameterSource[]::new));
    }

    public void setLineManagers(Map<UUID, UUID> managers) {
        batches.batchUpdate("update user_account set line_manager_id = :manager where id = :id",
                managers.entrySet().stream().map(e -> new MapSqlParameterSource()
                        .addValue("id", e.getKey()).addValue("manager", e.getValue()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Adds roles; never takes one away. */
    public void addRoles(Map<UUID, Set<Role>> roles) {
        batches.batchUpdate("insert into user_role (user_id, role) values (:id, :role) on conflict do nothing",
                roles.entrySet().stream().flatMap(e -> e.getValue().stream().map(role ->
                                new MapSqlParameterSource()
                                        .addValue("id", e.getKey()).addValue("role", role.name())))
                        .toArray(SqlParameterSource[]::new));
    }

    private static final String PERSON = """
            select u.id, u.username, u.display_name, u.email, o.name as organisation, u.enabled,
                   u.department, u.job_title, u.grade, u.seniority, u.line_manager_id,
                   m.display_name as line_manager_name,
                   coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
            from user_account u
            join organisation o on o.id = u.organisation_id
            left join user_account m on m.id = u.line_manager_id
            left join user_role r on r.user_id = u.id
            """;

    /** Everyone whose name, username, email, organisation, department or job title contains the text, by name. */
    public List<PersonRecord> search(String text, int limit) {
        return jdbc.sql(PERSON + """
                        where cast(:pattern as text) is null or u.display_name ilike :pattern or u.username ilike :pattern
                           or u.email ilike :pattern or o.name ilike :pattern or u.department ilike :pattern
                           or u.job_title ilike :pattern
                        group by u.id, o.name, m.display_name
                        order by u.display_name, u.username
                        limit :limit
                        """)
                .param("pattern", text == null || text.isBlank() ? null : "%" + text.strip() + "%")
                .param("limit", limit)
                .query(PeopleRepository::person)
                .list();
    }

    public Optional<PersonRecord> find(UserId id) {
        return jdbc.sql(PERSON + " where u.id = :id group by u.id, o.name, m.display_name").param("id", id.value())
                .query(PeopleRepository::person).optional();
    }

    /** Names of the organisations people can be added to. */
    public List<String> organisations() {
        return jdbc.sql("select name from organisation where active order by name").query(String.class).list();
    }

    /** @return whether the organisation exists */
    public boolean setOrganisationActive(OrganisationId id, boolean active) {
        return jdbc.sql("update organisation set active = :active where id = :id").param("id", id.value())
                .param("active", active).update() == 1;
    }

    /** Closed organisations' names in lower case. */
    public Set<String> closedOrganisations() {
        return new HashSet<>(jdbc.sql("select lower(name) from organisation where not active")
                .query(String.class).list());
    }

    public boolean organisationOpen(String name) {
        return jdbc.sql("select exists (select 1 from organisation where name = :n and active)").param("n", name)
                .query(Boolean.class).single();
    }

    public List<OrganisationRecord> organisationDetails() {
        return jdbc.sql("""
                        select o.id, o.name, o.kind, o.contact_name, o.contact_email, o.active,
                               (select count(*) from user_account u where u.organisation_id = o.id) as people
                        from organisation o order by o.name
                        """)
                .query((rs, row) -> new OrganisationRecord(TypedId.read(rs, "id", OrganisationId::new), rs.getString("name"),
                        OrganisationRecord.Kind.valueOf(rs.getString("kind")), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getInt("people"), rs.getBoolean("active")))
                .list();
    }

    public boolean organisationNameTakenByOther(String name, OrganisationId id) {
        return jdbc.sql("select exists (select 1 from organisation where lower(name) = lower(:n) and id <> :id)")
                .param("n", name).param("id", id.value()).query(Boolean.class).single();
    }

    /** @return whether the organisation exists */
    public boolean updateOrganisation(OrganisationId id, String name, OrganisationRecord.Kind kind, String contactName,
            String contactEmail) {
        return jdbc.sql("""
                        update organisation set name = :name, kind = :kind, contact_name = :contactName,
                            contact_email = :contactEmail
                        where id = :id
                        """)
                .param("id", id.value()).param("name", name).param("kind", kind.name()).param("contactName", contactName)
                .param("contactEmail", contactEmail).update() == 1;
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

    public UserId insert(String username, String displayName, String email, String organisation, String passwordHash,
            Set<Role> roles, Workplace workplace, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            enabled, created_at, department, job_title, grade, seniority, line_manager_id)
                        select :id, :username, :name, :email, o.id, :hash, true, :now,
                               :department, :jobTitle, :grade, :seniority, :lineManager
                        from organisation o
                        where o.name = :organisation
                        """)
                .param("id", id).param("username", username).param("name", displayName).param("email", email)
                .param("hash", passwordHash).param("now", Timestamp.from(now))
                .param("organisation", organisation)
                .params(workplaceParams(workplace)).update();
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
    public boolean update(UserId id, String displayName, String email, String organisation, Set<Role> roles,
            Workplace workplace) {
        int changed = jdbc.sql("""
                        update user_account set display_name = :name, email = :email,
                            organisation_id = (select o.id from organisation o where o.name = :organisation),
                            department = :department, job_title = :jobTitle, grade = :grade, seniority = :seniority,
                            line_manager_id = :lineManager
                        where id = :id
                        """)
                .param("id", id.value()).param("name", displayName).param("email", email)
                .param("organisation", organisation).params(workplaceParams(workplace)).update();
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
    public boolean setPasswordHash(UserId id, String hash) {
        return jdbc.sql("update user_account set password_hash = :hash where id = :id")
                .param("id", id.value()).param("hash", hash).update() == 1;
    }

    /** @return whether the person exists */
    public boolean anonymise(UserId id, String unusablePasswordHash) {
        int changed = jdbc.sql("""
                        update user_account
                        set username = 'erased-' || replace(id::text, '-', ''), display_name = 'Erased person',
                            email = 'erased-' || replace(id::text, '-', '') || '@erased.invalid',
                            department = null, job_title = null, grade = null, seniority = null,
                            line_manager_id = null, enabled = false, password_hash = :hash
                        where id = :id
                        """)
                .param("id", id.value()).param("hash", unusablePasswordHash).update();
        jdbc.sql("update user_account set line_manager_id = null where line_manager_id = :id").param("id", id.value())
                .update();
        jdbc.sql("delete from user_role where user_id = :id").param("id", id.value()).update();
        return changed == 1;
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

    /** The people a person reports to, nearest first, up to the top of their chain. */
    public List<UserId> managersAbove(UserId person) {
        return jdbc.sql("""
                        with recursive chain (id, depth) as (
                            select line_manager_id, 1 from user_account where id = :id and line_manager_id is not null
                            union
                            select u.line_manager_id, c.depth + 1 from chain c join user_account u on u.id = c.id
                            where u.line_manager_id is not null and c.depth < 100
                        )
                        select id from chain order by depth
                        """)
                .param("id", person.value())
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Everyone who reports to the person, directly or through others. */
    public List<UserId> reportsBelow(UserId person) {
        return jdbc.sql("""
                        with recursive below (id, depth) as (
                            select id, 1 from user_account where line_manager_id = :id
                            union
                            select u.id, b.depth + 1 from below b join user_account u on u.line_manager_id = b.id
                            where b.depth < 100
                        )
                        select distinct id from below
                        """)
                .param("id", person.value())
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
                .list();
    }

    public Optional<UserId> idOf(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username)
                .query((rs, row) -> new UserId(rs.getObject("id", UUID.class))).optional();
    }

    public Optional<String> displayName(UserId id) {
        return jdbc.sql("select display_name from user_account where id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    /** Matching facts of everyone with the role, or of the given people when ids is not null. */
    public List<MatchingFacts> matchingFacts(Collection<UserId> ids) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.organisation_id, o.name as organisation,
                               u.department, u.seniority, u.enabled
                        from user_account u join organisation o on o.id = u.organisation_id
                        where u.id = any(:ids)
                        """)
                .param("ids", ids.stream().map(UserId::value).toArray(UUID[]::new))
                .query((rs, row) -> new MatchingFacts(new UserId(rs.getObject("id", UUID.class)),
                        rs.getString("username"), rs.getString("display_name"),
                        TypedId.read(rs, "organisation_id", OrganisationId::new), rs.getString("organisation"),
                        rs.getString("department"), seniority(rs.getString("seniority")), rs.getBoolean("enabled")))
                .list();
    }

    /** Named parameters of a workplace; a map, since unknown parts are nulls. */
    private static Map<String, Object> workplaceParams(Workplace workplace) {
        var params = new HashMap<String, Object>();
        params.put("department", workplace.department());
        params.put("jobTitle", workplace.jobTitle());
        params.put("grade", workplace.grade());
        params.put("seniority", workplace.seniority() == null ? null : workplace.seniority().name());
        params.put("lineManager", workplace.lineManager() == null ? null : workplace.lineManager().value());
        return params;
    }

    private static Seniority seniority(String stored) {
        return stored == null ? null : Seniority.valueOf(stored);
    }

    private static PersonRecord person(ResultSet rs, int row) throws SQLException {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
        UUID manager = rs.getObject("line_manager_id", UUID.class);
        var workplace = new Workplace(rs.getString("department"), rs.getString("job_title"), rs.getString("grade"),
                seniority(rs.getString("seniority")), manager == null ? null : new UserId(manager));
        return new PersonRecord(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getString("organisation"), roles,
                rs.getBoolean("enabled"), workplace, rs.getString("line_manager_name"));
    }

    public List<Contact> contactsByUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, username, display_name, email, enabled from user_account
                        where username = any(:usernames)
                        """)
                .param("usernames", usernames.stream().distinct().toArray(String[]::new))
                .query(PeopleRepository::contact)
                .list();
    }

    public List<Contact> contacts(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, username, display_name, email, enabled from user_account where id = any(:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toArray(UUID[]::new))
                .query(PeopleRepository::contact)
                .list();
    }

    public List<Contact> contactsWithRole(Role role) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.email, u.enabled from user_account u
                        join user_role r on r.user_id = u.id
                        where r.role = :role and u.enabled
                        order by u.display_name
                        """)
                .param("role", role.name())
                .query(PeopleRepository::contact)
                .list();
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getBoolean("enabled"));
    }
}
