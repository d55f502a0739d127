package org.coachingpool.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.Role;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The pool team adds people, sees every problem at once, and stops a person signing in. */
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
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPersonAddedCanSignInADuplicateIsRefusedAndADisabledPersonCannotSignIn() {
        String username = "new." + UUID.randomUUID().toString().substring(0, 8);
        signInAndOpen("pooladmin", "people");
        var view = _get(PeopleView.class);
        _setValue(view.name, "Dana Whitfield");
        _setValue(view.username, username);
        _setValue(view.email, username + "@example.org");
        _setValue(view.organisation, view.organisation.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(view.roles, Set.of(Role.THINKER));
        _setValue(view.password, "a temporary secret");
        _click(view.add);
        assertThat(view.errors.isVisible()).isFalse();
        _setValue(view.search, username);
        PersonRecord added = view.grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(added.displayName()).isEqualTo("Dana Whitfield");
        assertThat(signIn(username, "a temporary secret")).isTrue();

        // The same username again: refused, naming the field, nothing stored.
        int before = count();
        _setValue(view.name, "Dana Whitfield");
        _setValue(view.username, username);
        _setValue(view.email, "other-" + username + "@example.org");
        _setValue(view.roles, Set.of(Role.THINKER));
        _setValue(view.password, "a temporary secret");
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
        assertThatThrownBy(() -> signIn(username, "a temporary secret")).isInstanceOf(DisabledException.class);
        _click(actionOfFirstRow(view, "Enable Dana Okafor"));
        assertThat(signIn(username, "a temporary secret")).isTrue();
    }

    @Test
    void onlyThePoolTeamManagesPeopleAndNobodyDisablesThemselves() {
        assertThatThrownBy(() -> signInAndOpen("sponsor", "people")).isInstanceOf(MockAccessDeniedException.class);
        var admin = users.get("pooladmin");
        assertThatThrownBy(() -> people.setEnabled(admin.id(), false, admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own account");
        var sponsor = users.get("sponsor");
        assertThatThrownBy(() -> people.search("", sponsor)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> people.update(admin.id(), "Morgan Hughes", "morgan@example.org",
                people.organisations(admin).getFirst(), Set.of(Role.THINKER), admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own pool admin role");
    }

    private static Button actionOfFirstRow(PeopleView view, String label) {
        var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, 0, "actions");
        return (Button) cell.getChildren().filter(c -> label.equals(c.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label));
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
