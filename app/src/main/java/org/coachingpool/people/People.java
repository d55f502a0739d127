package org.coachingpool.people;

import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.coachingpool.security.Role;
import org.coachingpool.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.people.repository.PeopleRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the pool, as the pool team manages them: find, add, disable and enable. A
 * disabled person cannot sign in; everything they took part in stays as it was. Only pool
 * admins may do any of it.
 */
@Service
public class People {

    /** The refusal for anyone but the pool team. */
    private static final String POOL_TEAM_ONLY = "Only the pool team can manage people.";

    static final int SEARCH_LIMIT = 200;
    static final int TEXT_MAX = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PeopleRepository people;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final Passwords passwordLinks;

    People(PeopleRepository people, PasswordEncoder passwords, Clock clock,
            ApplicationEventPublisher events, Passwords passwordLinks) {
        this.passwordLinks = passwordLinks;
        this.events = events;
        this.people = people;
        this.passwords = passwords;
        this.clock = clock;
    }

    public List<PersonRecord> search(String text, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return people.search(text, SEARCH_LIMIT);
    }

    public Optional<PersonRecord> find(UserId id, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return people.find(id);
    }

    public List<String> organisations(CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return people.organisations();
    }

    /**
     * Adds a person, and emails them a one-time link to choose their password.
     *
     * @throws InvalidInputException with every problem, naming the field; nothing is stored
     */
    @Transactional
    public UserId add(NewPerson person, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        String username = person.username() == null ? "" : person.username().strip().toLowerCase(Locale.UK);
        String email = person.email() == null ? "" : person.email().strip();
        new Problems()
                .when(blank(person.displayName()), "displayName", "Enter the person's full name.")
                .check(() -> StorableText.require("displayName", "the name", person.displayName()))
                .when(person.displayName() != null && person.displayName().length() > TEXT_MAX, "displayName",
                        "The name must be " + TEXT_MAX + " characters or fewer.")
                .when(!USERNAME.matcher(username).matches(), "username", "Enter a username of 2 to 40 lower-case "
                        + "letters, numbers, dots, dashes or underscores, starting with a letter or number.")
                .when(USERNAME.matcher(username).matches() && people.usernameTaken(username), "username",
                        "Someone already has the username " + username + ". Choose another.")
                .when(!EMAIL.matcher(email).matches() || email.length() > TEXT_MAX, "email",
                        "Enter an email address in the right format, like name@example.org.")
                .when(EMAIL.matcher(email).matches() && people.emailTaken(email), "email",
                        "Someone already has the email address " + email + ".")
                .when(blank(person.organisation()) || !people.organisationOpen(person.organisation()), "organisation",
                        "Choose the person's organisation.")
                .when(person.roles() == null || person.roles().isEmpty(), "roles",
                        "Choose at least one thing the person does in the pool.")
                .check(() -> checkGrants(null, Set.of(), person.roles(), admin))
                .check(() -> checkWorkplace(null, person.displayName(), person.workplace()))
                .throwIfAny();
        UserId added = people.insert(username, person.displayName().strip(), email, person.organisation(),
                StaffImport.NO_PASSWORD, person.roles(), tidy(person.workplace()), clock.instant());
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.PEOPLE, "Added a person as " + Role.describe(person.roles()),
                added));
        passwordLinks.sendSetUpLink(added, admin);
        announceGrants(added, Set.of(), person.roles(), admin);
        return added;
    }

    /**
     * Changes a person's name, email, organisation and roles. Their username, password and
     * everything they took part in stay as they are.
     *
     * @throws InvalidInputException with every problem, naming the field; nothing is stored
     */
    @Transactional
    public void update(UserId id, String displayName, String email, String organisation,
            Set<Role> roles, CurrentUser admin) {
        update(id, displayName, email, organisation, roles,
                people.find(id).map(PersonRecord::workplace).orElse(Workplace.UNKNOWN), admin);
    }

    /**
     * Changes a person, where they work included. Their username and password stay as they are. A
     * line manager who reports to the person, directly or through others, is refused: a chain must
     * not loop.
     *
     * @throws InvalidInputException with every problem, naming the field; nothing is stored
     */
    @Transactional
    public void update(UserId id, String displayName, String email, String organisation,
            Set<Role> roles, Workplace workplace, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        String address = email == null ? "" : email.strip();
        boolean dropsAdmin = roles == null || !roles.contains(Role.POOL_ADMIN);
        new Problems()
                .when(blank(displayName), "displayName", "Enter the person's full name.")
                .check(() -> StorableText.require("displayName", "the name", displayName))
                .when(displayName != null && displayName.length() > TEXT_MAX, "displayName",
                        "The name must be " + TEXT_MAX + " characters or fewer.")
                .when(!EMAIL.matcher(address).matches() || address.length() > TEXT_MAX, "email",
                        "Enter an email address in the right format, like name@example.org.")
                .when(EMAIL.matcher(address).matches() && people.emailTakenByOther(address, id), "email",
                        "Someone else already has the email address " + address + ".")
                .when(blank(organisation) || !people.organisationOpen(organisation)
                                && !organisation.equals(people.find(id).map(PersonRecord::organisation).orElse(null)),
                        "organisation",
                        "Choose the person's organisation.")
                .when(roles == null || roles.isEmpty(), "roles", "Choose at least one thing the person does in the pool.")
                .when(dropsAdmin && id.equals(admin.id()), "roles",
                        "You cannot take away your own pool admin role: ask another pool admin.")
                .when(dropsAdmin && !id.equals(admin.id()) && people.enabledPoolAdminsOtherThan(id) == 0, "roles",
                        "This is the last pool admin who can sign in: add another pool admin first.")
                .check(() -> checkWorkplace(id, displayName, workplace))
                .check(() -> checkGrants(id, rolesBefore(id), roles, admin))
                .throwIfAny();
        var before = rolesBefore(id);
        if (!people.update(id, displayName.strip(), address, organisation, roles, tidy(workplace))) {
            throw new InvalidInputException("person", "That person does not exist.");
        }
        announceGrants(id, before, roles, admin);
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.PEOPLE, "Changed a person's details; roles now "
                + Role.describe(roles), id));
    }

    /** The admin roles (pool admin, process admin) only another admin of that kind gives, never oneself. */
    private static final Set<Role> ADMIN_ROLES = EnumSet.of(Role.POOL_ADMIN, Role.PROCESS_ADMIN);

    private Set<Role> rolesBefore(UserId id) {
        return id == null ? Set.of() : people.find(id).map(PersonRecord::roles).orElse(Set.of());
    }

    /**
     * An admin role is given by another admin who holds it: nobody gives one to themselves, and a
     * pool admin who is not a process admin cannot make anyone a process admin (issue 27).
     */
    private static void checkGrants(UserId id, Set<Role> before, Set<Role> after,
            CurrentUser admin) {
        if (after == null) {
            return;
        }
        for (Role role : ADMIN_ROLES) {
            if (after.contains(role) && !before.contains(role)) {
                if (admin.id().equals(id)) {
                    throw new InvalidInputException("roles", "You cannot give yourself the " + role.label().toLowerCase(Locale.UK)
                            + " role: ask another admin.");
                }
                if (!admin.has(role)) {
                    throw new InvalidInputException("roles", "Only a " + role.label().toLowerCase(Locale.UK)
                            + " can give someone that role.");
                }
            }
        }
    }

    /** Each admin role given is told to the person and to every other admin of that kind. */
    private void announceGrants(UserId id, Set<Role> before, Set<Role> after, CurrentUser admin) {
        for (Role role : ADMIN_ROLES) {
            if (after.contains(role) && !before.contains(role)) {
                events.publishEvent(new AdminRoleGranted(id, role, admin.id(), admin.displayName()));
            }
        }
    }

    public List<OrganisationRecord> organisationDetails(CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return people.organisationDetails();
    }

    /**
     * Adds an organisation to the pool.
     *
     * @throws InvalidInputException with every problem, naming the field; nothing is stored
     */
    @Transactional
    public void addOrganisation(String name, OrganisationRecord.Kind kind, String contactName, String contactEmail,
            CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        checkOrganisation(null, name, kind, contactName, contactEmail);
        people.insertOrganisation(name.strip(), kind, contactName.strip(), contactEmail.strip());
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.ORGANISATIONS, "Added the organisation " + name.strip()));
    }

    /**
     * Changes an organisation's name, kind and contact. Its people stay in it.
     *
     * @throws InvalidInputException with every problem, naming the field; nothing is stored
     */
    @Transactional
    public void updateOrganisation(OrganisationId id, String name, OrganisationRecord.Kind kind, String contactName,
            String contactEmail, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        checkOrganisation(id, name, kind, contactName, contactEmail);
        if (!people.updateOrganisation(id, name.strip(), kind, contactName.strip(), contactEmail.strip())) {
            throw new InvalidInputException("organisationName", "That organisation does not exist.");
        }
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.ORGANISATIONS, "Changed the organisation " + name.strip()));
    }

    private void checkOrganisation(OrganisationId id, String name, OrganisationRecord.Kind kind, String contactName,
            String contactEmail) {
        String email = contactEmail == null ? "" : contactEmail.strip();
        boolean taken = !blank(name) && (id == null ? people.organisationNameTaken(name.strip())
                : people.organisationNameTakenByOther(name.strip(), id));
        new Problems()
                .when(blank(name), "organisationName", "Enter the organisation's name.")
                .check(() -> StorableText.require("organisationName", "the name", name))
                .when(name != null && name.strip().length() > TEXT_MAX, "organisationName",
                        "The name must be " + TEXT_MAX + " characters or fewer.")
                .when(taken, "organisationName",
                        "There is already an organisation called " + (name == null ? "" : name.strip()) + ".")
                .when(kind == null, "kind", "Choose whether it is a member or an associate.")
                .when(blank(contactName), "contactName", "Enter the name of the organisation's contact.")
                .check(() -> StorableText.require("contactName", "the contact's name", contactName))
                .when(contactName != null && contactName.length() > TEXT_MAX, "contactName",
                        "The contact's name must be " + TEXT_MAX + " characters or fewer.")
                .when(!EMAIL.matcher(email).matches() || email.length() > TEXT_MAX, "contactEmail",
                        "Enter the contact's email address in the right format, like name@example.org.")
                .throwIfAny();
    }

    /**
     * Closes an organisation that left the pool, or opens it again. Nobody new is added to a closed
     * organisation; its people keep their accounts and records.
     *
     * @throws InvalidInputException when the organisation does not exist
     */
    @Transactional
    public void setOrganisationActive(OrganisationId id, boolean active, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        if (!people.setOrganisationActive(id, active)) {
            throw new InvalidInputException("organisationName", "That organisation does not exist.");
        }
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.ORGANISATIONS, (active ? "Opened again" : "Closed")
                + " the organisation " + organisationNames().getOrDefault(id, "")));
    }

    /**
     * Stops or allows a person signing in. Their cases, tasks and records are not touched.
     *
     * @throws InvalidInputException when an admin would disable themselves or the last pool admin
     */
    @Transactional
    public void setEnabled(UserId person, boolean enabled, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        if (!enabled && person.equals(admin.id())) {
            throw new InvalidInputException("person", "You cannot disable your own account.");
        }
        if (!enabled && people.enabledPoolAdminsOtherThan(person) == 0) {
            throw new InvalidInputException("person", "This is the last pool admin who can sign in: add another "
                    + "pool admin first.");
        }
        if (!people.setEnabled(person, enabled)) {
            throw new InvalidInputException("person", "That person does not exist.");
        }
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.PEOPLE, enabled ? "Allowed a person to sign in"
                : "Stopped a person signing in", person));
    }

    /**
     * Empties a person's account after their records were erased at their request (ADR 0023): no
     * name, address, workplace, roles or way to sign in is left. The row stays, because records
     * kept for others (a session a coach logged in someone else's case, the audit log) point at it.
     * Whoever calls this has decided the erasure may go ahead.
     */
    @Transactional
    public void anonymise(UserId person) {
        if (!people.anonymise(person, passwords.encode(UUID.randomUUID().toString()))) {
            throw new InvalidInputException("person", "That person does not exist.");
        }
    }

    /**
     * Everyone in the person's line-management chain: those they report to, up to the top, and
     * those who report to them, all the way down. Matching never offers any of them.
     */
    public Set<UserId> lineManagementChain(UserId person) {
        var chain = new HashSet<UserId>(people.managersAbove(person));
        chain.addAll(people.reportsBelow(person));
        chain.remove(person);
        return chain;
    }

    /**
     * Adds a role, for the process that makes someone a coach or mentor once their training is
     * recorded. Adding a role they hold changes nothing.
     */
    @Transactional
    public void addRole(UserId person, Role role) {
        if (ADMIN_ROLES.contains(role)) {
            // Admin roles come only from another admin, by name, on the People screen.
            throw new IllegalArgumentException(role + " is not given by a process");
        }
        people.addRoles(Map.of(person.value(), Set.of(role)));
    }

    /** Where the person works, for the pool team reviewing their offer to coach or mentor. */
    public Optional<PersonRecord> find(UserId id) {
        return people.find(id);
    }

    /** The organisation of each of the given people, by id; those who do not exist are left out. */
    public Map<UserId, OrganisationId> organisationIds(Collection<UserId> ids) {
        return people.organisationIds(ids);
    }

    /** Every organisation's name by its id, for figures kept by organisation id. */
    public Map<OrganisationId, String> organisationNames() {
        var names = new LinkedHashMap<OrganisationId, String>();
        people.organisationDetails().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /** Display names of the given people; those who do not exist are left out. */
    public Map<UserId, String> names(Collection<UserId> ids) {
        return people.names(ids);
    }

    /** Display names by username; those who do not exist are left out. */
    public Map<String, String> namesByUsername(Collection<String> usernames) {
        return people.namesByUsername(usernames);
    }

    /** Usernames of the given people (engine variables name people by username). */
    public Map<UserId, String> usernamesOf(Collection<UserId> ids) {
        return people.usernamesOf(ids);
    }

    /** Up to the limit of the people whose name contains the text, for searches in other features. */
    public List<UserId> idsNamedLike(String text, int limit) {
        return people.idsNamedLike(text, limit);
    }

    /** A person's name as others see it in a case, or empty when they do not exist. */
    public Optional<String> displayName(UserId id) {
        return people.displayName(id);
    }

    /** The person with the username (engine variables name people by username). */
    public Optional<UserId> idOf(String username) {
        return people.idOf(username);
    }

    /** What matching compares of each person; people who do not exist are left out. */
    public Map<UserId, MatchingFacts> matchingFacts(Collection<UserId> ids) {
        var facts = new HashMap<UserId, MatchingFacts>();
        people.matchingFacts(ids).forEach(f -> facts.put(f.id(), f));
        return facts;
    }

    /** Checks the parts of a workplace; the person is null while being added. */
    private void checkWorkplace(UserId person, String displayName, Workplace workplace) {
        var problems = new Problems()
                .check(() -> StorableText.require("department", "the department", workplace.department()))
                .when(longer(workplace.department()), "department",
                        "The department must be " + TEXT_MAX + " characters or fewer.")
                .check(() -> StorableText.require("jobTitle", "the job title", workplace.jobTitle()))
                .when(longer(workplace.jobTitle()), "jobTitle", "The job title must be " + TEXT_MAX + " characters or fewer.")
                .check(() -> StorableText.require("grade", "the grade", workplace.grade()))
                .when(longer(workplace.grade()), "grade", "The grade must be " + TEXT_MAX + " characters or fewer.");
        UserId manager = workplace.lineManager();
        if (manager != null) {
            var managerName = people.displayName(manager);
            String name = blank(displayName) ? "this person" : displayName.strip();
            problems.when(managerName.isEmpty(), "lineManager", "Choose the line manager from the list.")
                    .when(manager.equals(person), "lineManager", "A person cannot be their own line manager.")
                    .when(person != null && managerName.isPresent() && !manager.equals(person)
                                    && people.managersAbove(manager).contains(person), "lineManager",
                            managerName.orElse("") + " reports to " + name + ", directly or through others, so cannot "
                                    + "be " + name + "'s line manager. Choose someone else, or change "
                                    + managerName.orElse("") + "'s line manager first.");
        }
        problems.throwIfAny();
    }

    private static Workplace tidy(Workplace workplace) {
        return new Workplace(strippedOrNull(workplace.department()), strippedOrNull(workplace.jobTitle()),
                strippedOrNull(workplace.grade()), workplace.seniority(), workplace.lineManager());
    }

    private static String strippedOrNull(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean longer(String text) {
        return text != null && text.strip().length() > TEXT_MAX;
    }


    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** How to reach the people with these usernames (engine variables name people by username). */
    public Map<String, Contact> contactsByUsername(Collection<String> usernames) {
        var contacts = new HashMap<String, Contact>();
        people.contactsByUsername(usernames).forEach(c -> contacts.put(c.username(), c));
        return contacts;
    }

    /** How to reach these people, by id. */
    public Map<UserId, Contact> contacts(Collection<UserId> ids) {
        var contacts = new HashMap<UserId, Contact>();
        people.contacts(ids).forEach(c -> contacts.put(c.id(), c));
        return contacts;
    }

    /** How to reach everyone who can sign in and holds the role, for work offered to a whole team. */
    public List<Contact> contactsWithRole(Role role) {
        return people.contactsWithRole(role);
    }
}
