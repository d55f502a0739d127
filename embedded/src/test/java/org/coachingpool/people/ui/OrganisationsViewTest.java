package org.coachingpool.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.people.NewPerson;
import org.coachingpool.people.People;
import org.coachingpool.people.StaffImport;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.Role;
import org.coachingpool.people.OrganisationRecord;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool team adds member and associate organisations, each with a contact. */
class OrganisationsViewTest extends ViewTest {

    @Autowired People people;
    @Autowired StaffImport staffImport;

    @Test
    void anOrganisationIsAddedWithItsContactAndANameInUseIsRefused() {
        String name = "Eastshire NHS Trust " + UUID.randomUUID().toString().substring(0, 6);
        signInAndOpen("pooladmin", "organisations");
        var view = _get(OrganisationsView.class);

        _click(view.add);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.kind.isInvalid()).isTrue();
        assertThat(view.contactName.isInvalid()).isTrue();
        assertThat(view.contactEmail.isInvalid()).isTrue();

        _setValue(view.name, name);
        _setValue(view.kind, OrganisationRecord.Kind.ASSOCIATE);
        _setValue(view.contactName, "Ade Okoro");
        _setValue(view.contactEmail, "ade.okoro@example.org");
        _click(view.add);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.grid.getListDataView().getItems()).anySatisfy(o -> {
            assertThat(o.name()).isEqualTo(name);
            assertThat(o.kind()).isEqualTo(OrganisationRecord.Kind.ASSOCIATE);
            assertThat(o.contactEmail()).isEqualTo("ade.okoro@example.org");
        });

        _setValue(view.name, name.toUpperCase());
        _setValue(view.kind, OrganisationRecord.Kind.MEMBER);
        _setValue(view.contactName, "Someone Else");
        _setValue(view.contactEmail, "someone@example.org");
        _click(view.add);
        assertThat(view.name.getErrorMessage()).startsWith("There is already an organisation called");

        // A new organisation is offered for new people at once.
        signInAndOpen("pooladmin", "people");
        assertThat(_get(PeopleView.class).organisation.getListDataView().getItems()).contains(name);
    }

    @Test
    void anOrganisationIsChangedItsPeopleStayAndAnotherOrganisationsNameIsRefused() {
        String name = "Westshire College " + UUID.randomUUID().toString().substring(0, 6);
        signInAndOpen("pooladmin", "organisations");
        var view = _get(OrganisationsView.class);
        _setValue(view.name, name);
        _setValue(view.kind, OrganisationRecord.Kind.MEMBER);
        _setValue(view.contactName, "Ade Okoro");
        _setValue(view.contactEmail, "ade.okoro@example.org");
        _click(view.add);
        var added = view.grid.getListDataView().getItems().filter(o -> o.name().equals(name)).findFirst().orElseThrow();

        view.editMode(added);
        _setValue(view.name, "Northshire County Council");
        _click(view.save);
        assertThat(view.name.getErrorMessage()).startsWith("There is already an organisation called");

        _setValue(view.name, name + " (FE)");
        _setValue(view.kind, OrganisationRecord.Kind.ASSOCIATE);
        _setValue(view.contactEmail, "principal@example.org");
        _click(view.save);
        assertThat(view.grid.getListDataView().getItems()).anySatisfy(o -> {
            assertThat(o.id()).isEqualTo(added.id());
            assertThat(o.name()).isEqualTo(name + " (FE)");
            assertThat(o.kind()).isEqualTo(OrganisationRecord.Kind.ASSOCIATE);
            assertThat(o.contactEmail()).isEqualTo("principal@example.org");
        });
        var council = view.grid.getListDataView().getItems().filter(o -> o.name().equals("Northshire County Council"))
                .findFirst().orElseThrow();
        view.editMode(council);
        _click(view.save);
        assertThat(view.grid.getListDataView().getItems().filter(o -> o.id().equals(council.id())).findFirst()
                .orElseThrow().people()).as("saving unchanged keeps its people").isEqualTo(council.people());
    }

    @Test
    void aClosedOrganisationKeepsItsPeopleButNobodyNewIsAddedToItUntilItIsOpenAgain() {
        String name = "Southshire Fire Service " + UUID.randomUUID().toString().substring(0, 6);
        var admin = users.get("pooladmin");
        people.addOrganisation(name, OrganisationRecord.Kind.ASSOCIATE, "Kit Lane", "kit.lane@example.org", admin);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        people.add(new NewPerson("Lee Early", "lee-" + tag, "lee-" + tag + "@example.org", name,
                Set.of(Role.THINKER)), admin);
        var organisation = people.organisationDetails(admin).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow();

        signInAndOpen("pooladmin", "organisations");
        var view = _get(OrganisationsView.class);
        view.setActive(organisation, false);
        var closed = people.organisationDetails(admin).stream().filter(o -> o.id().equals(organisation.id()))
                .findFirst().orElseThrow();
        assertThat(closed.active()).isFalse();
        assertThat(closed.people()).as("its people stay").isEqualTo(1);
        assertThat(people.organisations(admin)).doesNotContain(name);
        assertThatThrownBy(() -> people.add(new NewPerson("Max Late", "max-" + tag,
                "max-" + tag + "@example.org", name, Set.of(Role.THINKER)), admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("organisation"));
        var lee = people.search("lee-" + tag, admin).getFirst();
        people.update(lee.id(), "Lee Early-Smith", lee.email(), name, lee.roles(), admin);
        assertThat(people.search("lee-" + tag, admin).getFirst().displayName()).isEqualTo("Lee Early-Smith");
        var preview = staffImport.preview(("name,email,organisation\nMax Late,max-" + tag + "@example.org," + name
                + "\n").getBytes(StandardCharsets.UTF_8), admin);
        assertThat(preview.rows().getFirst().problems()).singleElement().asString().contains("is closed");

        view.setActive(closed, true);
        assertThat(people.organisations(admin)).contains(name);
    }

    @Test
    void onlyThePoolTeamOpensOrganisations() {
        assertThatThrownBy(() -> signInAndOpen("coach1", "organisations"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
