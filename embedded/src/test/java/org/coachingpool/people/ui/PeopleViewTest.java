package org.coachingpool.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.people.AdminRoleGranted;
import org.coachingpool.people.NewPerson;
import org.coachingpool.people.PasswordLinkIssued;
import org.coachingpool.people.Passwords;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.people.StaffImport;
import org.coachingpool.people.Workplace;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The pool team adds people, sees every problem at once, and stops a person signing in. */
@RecordApplicationEvents
class PeopleViewTest extends ViewTest {

    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired UserDetailsService accounts;
    @Autowired PasswordEncoder passwords;

    @Test
    void anEmptyFormShowsEveryProblemAndStoresNothing() {
        signInAndOpen("pooladmin", "people");
        var view = _get(PeopleView.class);
        int before = count();
        _click(view.add);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.organisation.isInvalid()).isTrue();
        assertThat(view.roles.isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPersonAddedChoosesTheirOwnPasswordByTheLinkADuplicateIsRefusedAndADisabledPersonCannotSignIn() {
        String username = "new." + UUID.randomUUID().toString().substring(0, 8);
        signInAndOpen("pooladmin", "people");
        var view = _get(PeopleView.class);
        _setValue(view.name, "Dana Whitfield");
        _setValue(view.username, username);
        _setValue(view.email, username + "@example.org");
        _setValue(view.organisation, view.organisation.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(view.roles, Set.of(Role.THINKER));
        _click(view.add);
        assertThat(view.errors.isVisible()).isFalse();
        _setValue(view.search, username);
        PersonRecord added = view.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(added.displayName()).isEqualTo("Dana Whitfield");
        // Nobody set a password for them: they choose it with the link emailed to them.
        assertThatThrownBy(() -> signIn(username, "a temporary secret"))
                .isInstanceOf(AuthenticationException.class);
        passwordLinks.setWithLink(linkFor(added.id()), "garden kettle maple river", "garden kettle maple river");
        assertThat(signIn(username, "garden kettle maple river")).isTrue();

        // The same username again: refused, naming the field, nothing stored.
        int before = count();
        _setValue(view.name, "Dana Whitfield");
        _setValue(view.username, username);
        _setValue(view.email, "other-" + username + "@example.org");
        _setValue(view.roles, Set.of(Role.THINKER));
        _click(view.add);
        assertThat(view.username.getErrorMessage()).contains("already has the username");
        assertThat(count()).isEqualTo(before);

        // Changing the person: a new surname and role; the username stays and signing in still works.
        _click(actionOfFirstRow(view, "Change Dana Whitfield"));
        assertThat(view.username.isReadOnly()).isTrue();
        _setValue(view.name, "Dana Okafor");
        _setValue(view.roles, Set.of(Role.THINKER, Role.SPONSOR));
        _click(view.save);
        assertThat(view.errors.isVisible()).isFalse();
        PersonRecord changed = view.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Dana Okafor");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.THINKER, Role.SPONSOR);
        assertThat(changed.username()).isEqualTo(username);

        _click(actionOfFirstRow(view, "Disable Dana Okafor"));
        assertThatThrownBy(() -> signIn(username, "garden kettle maple river")).isInstanceOf(DisabledException.class);
        _click(actionOfFirstRow(view, "Enable Dana Okafor"));
        assertThat(signIn(username, "garden kettle maple river")).isTrue();
    }

    @Test
    void onlyThePoolTeamManagesPeopleAndNobodyDisablesThemselves() {
        assertThatThrownBy(() -> signInAndOpen("sponsor", "people")).isInstanceOf(MockAccessDeniedException.class);
        var admin = users.get("pooladmin");
        assertThatThrownBy(() -> people.setEnabled(admin.id(), false, admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own account");
        var sponsor = users.get("sponsor");
        assertThatThrownBy(() -> people.search("", sponsor)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> people.update(admin.id(), "Morgan Hughes", "morgan@example.org",
                people.organisations(admin).getFirst(), Set.of(Role.THINKER), admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own pool admin role");
    }

    @Test
    void someoneImportedSignsInOnceTheyChooseAPasswordByTheLinkThePoolTeamSendsAndWhereTheyWorkIsKept() {
        var admin = users.get("pooladmin");
        String email = "imported-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        staffImport.apply(("name,email,organisation,department,line_manager_email\nIda Imported," + email
                + ",Northshire County Council,Housing,sponsor@example.org\n").getBytes(StandardCharsets.UTF_8),
                admin);
        var ida = people.search(email, admin).getFirst();
        assertThatThrownBy(() -> signIn(ida.username(), "anything-at-all"))
                .as("imported without a password").isInstanceOf(AuthenticationException.class);

        signInAndOpen("pooladmin", "people");
        PeopleView view = _get(PeopleView.class);
        view.editMode(ida);
        assertThat(view.department.getValue()).isEqualTo("Housing");
        assertThat(view.lineManager.getValue().username()).isEqualTo("sponsor");
        _click(view.sendLink);
        _setValue(view.jobTitle, "Housing Officer");
        _click(view.save);
        assertThatThrownBy(() -> passwordLinks.setWithLink(linkFor(ida.id()), "short", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        passwordLinks.setWithLink(linkFor(ida.id()), "a long housing passphrase", "a long housing passphrase");
        assertThat(signIn(ida.username(), "a long housing passphrase")).isTrue();
        assertThat(people.search(email, admin).getFirst().workplace().jobTitle()).isEqualTo("Housing Officer");
        assertThat(people.search(email, admin).getFirst().workplace().lineManager()).isEqualTo(users.get("sponsor").id());
    }

    /**
     * Admin roles are given by another admin who holds them, never to oneself nor by a spreadsheet,
     * and the person and the other admins of that kind are told (issue 27).
     */
    @Test
    void nobodyGivesThemselvesAnAdminRoleOrImportsOneAndEachGrantIsToldToThePersonAndTheOtherAdmins() {
        var poolAdmin = users.get("pooladmin");
        var processAdmin = users.get("processadmin");
        var me = people.find(poolAdmin.id(), poolAdmin).orElseThrow();
        var withProcess = EnumSet.copyOf(me.roles());
        withProcess.add(Role.PROCESS_ADMIN);
        assertThatThrownBy(() -> people.update(me.id(), me.displayName(), me.email(), me.organisation(), withProcess,
                me.workplace(), poolAdmin)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.getMessage()).contains("cannot give yourself");
                });

        String username = "grant-" + UUID.randomUUID().toString().substring(0, 8);
        var added = people.add(new NewPerson("Avery Grant", username, username + "@example.org",
                people.organisations(poolAdmin).getFirst(), Set.of(Role.COACH)), poolAdmin);
        var avery = people.find(added, poolAdmin).orElseThrow();
        assertThatThrownBy(() -> people.update(avery.id(), avery.displayName(), avery.email(), avery.organisation(),
                Set.of(Role.COACH, Role.PROCESS_ADMIN), avery.workplace(), poolAdmin))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("Only a process admin"));
        assertThat(people.find(added, poolAdmin).orElseThrow().roles()).containsExactly(Role.COACH);

        people.update(avery.id(), avery.displayName(), avery.email(), avery.organisation(),
                Set.of(Role.COACH, Role.POOL_ADMIN), avery.workplace(), processAdmin);
        assertThat(events.stream(AdminRoleGranted.class)
                .filter(g -> g.person().equals(added) && g.role() == Role.POOL_ADMIN)).hasSize(1);
        var subjects = mail.find(new MailFilter(null, null, null, 500), poolAdmin).stream()
                .filter(m -> m.subject().contains("pool admin")).map(m -> m.toAddress() + ": " + m.subject()).toList();
        assertThat(subjects).contains(username + "@example.org: You are now a pool admin",
                "pooladmin@example.org: Avery Grant is now a pool admin");

        var preview = staffImport.preview(("name,email,organisation,roles\nMallory Import,mallory-" + username
                + "@example.org,Northshire County Council,coach;pool admin\n")
                .getBytes(StandardCharsets.UTF_8), poolAdmin);
        assertThat(preview.rows().getFirst().problems()).anySatisfy(problem ->
                assertThat(problem).contains("pool admin is given on the People screen"));
    }

    @Test
    void aLineManagerWhoReportsToThePersonIsRefusedNamingTheLoop() {
        var admin = users.get("pooladmin");
        var thinker = people.find(users.get("thinker").id(), admin).orElseThrow();
        var sponsor = people.find(users.get("sponsor").id(), admin).orElseThrow();
        assertThat(thinker.workplace().lineManager()).isEqualTo(sponsor.id());
        assertThatThrownBy(() -> people.update(sponsor.id(), sponsor.displayName(), sponsor.email(),
                sponsor.organisation(), sponsor.roles(), new Workplace(null, null, null, null,
                        thinker.id()), admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("lineManager");
                    assertThat(e.getMessage()).isEqualTo("Priya Shah reports to Tom Bennett, directly or through others, "
                            + "so cannot be Tom Bennett's line manager. Choose someone else, or change Priya Shah's "
                            + "line manager first.");
                });
        assertThat(people.find(sponsor.id(), admin).orElseThrow().workplace().lineManager()).isNull();
    }

    private static Button actionOfFirstRow(PeopleView view, String label) {
        var cell = GridKt._getCellComponent(view.grid, 0, "actions");
        return (Button) cell.getChildren().filter(c -> label.equals(c.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
    }

    @Autowired StaffImport staffImport;
    @Autowired Passwords passwordLinks;
    @Autowired Mail mail;
    @Autowired ApplicationEvents events;

    /** The token of the newest link emailed to the person: the test reads the event the email is made from. */
    private String linkFor(UserId person) {
        return events.stream(PasswordLinkIssued.class).filter(e -> e.person().equals(person))
                .reduce((first, second) -> second).orElseThrow().path().substring("set-password/".length());
    }

    private boolean signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password)).isAuthenticated();
    }

    private int count() {
        return jdbc.sql("select count(*) from user_account").query(Integer.class).single();
    }
}
