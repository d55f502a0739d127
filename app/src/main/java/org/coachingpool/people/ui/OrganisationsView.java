package org.coachingpool.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.people.OrganisationRecord;
import org.coachingpool.people.People;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** The organisations of the pool: members and associates, each with a contact. */
@MenuItem(title = "Organisations", order = 45, forRoles = Role.POOL_ADMIN)
@Route(value = "organisations", layout = MainLayout.class)
@PageTitle("Organisations | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class OrganisationsView extends VerticalLayout {

    final Grid<OrganisationRecord> grid = new Grid<>();
    final TextField name = new TextField("Name of the organisation");
    final RadioButtonGroup<OrganisationRecord.Kind> kind = new RadioButtonGroup<>("Member or associate?");
    final TextField contactName = new TextField("Contact's name");
    final EmailField contactEmail = new EmailField("Contact's email address");
    final Button add = new Button("Add organisation");
    final Button save = new Button("Save changes");
    final Button cancel = new Button("Cancel");
    final H2 formHeading = new H2("Add an organisation");
    /** The organisation being changed, or null while the form adds one. */
    private OrganisationRecord editing;
    final ErrorSummary errors = new ErrorSummary();
    private final People people;
    private final CurrentUser admin;

    public OrganisationsView(People people, CurrentUsers users) {
        this.people = people;
        this.admin = users.require();
        setMaxWidth("64rem");
        grid.addColumn(OrganisationRecord::name).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(o -> o.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(o -> o.contactName() == null ? "Not recorded" : o.contactName()
                + (o.contactEmail() == null ? "" : ", " + o.contactEmail())).setHeader("Contact").setFlexGrow(2);
        grid.addColumn(OrganisationRecord::people).setHeader("People").setAutoWidth(true);
        grid.addColumn(o -> o.active() ? "Open" : "Closed: nobody new is added").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(o -> {
            var change = new Button("Change", e -> editMode(o));
            change.setAriaLabel("Change " + o.name());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var toggle = new Button(o.active() ? "Close" : "Open again", e -> setActive(o, !o.active()));
            toggle.setAriaLabel((o.active() ? "Close " : "Open again ") + o.name());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, o.active() ? ButtonVariant.LUMO_ERROR
                    : ButtonVariant.LUMO_PRIMARY);
            return new HorizontalLayout(change, toggle);
        }).setHeader("Actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Organisations");
        grid.setAllRowsVisible(true);

        name.setWidthFull();
        kind.setItems(OrganisationRecord.Kind.values());
        kind.setItemLabelGenerator(OrganisationRecord.Kind::label);
        contactName.setWidthFull();
        contactEmail.setWidthFull();
        errors.bind("organisationName", name).bind("kind", kind).bind("contactName", contactName)
                .bind("contactEmail", contactEmail);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(e -> addOrganisation());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> saveChanges());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> addMode());
        save.setVisible(false);
        cancel.setVisible(false);

        add(new H1("Organisations"), new Paragraph("Every person belongs to one organisation. Members subscribe to "
                + "the pool; associates take part on other terms. An organisation that leaves is closed: its "
                + "people and their records stay, and nobody new is added to it."), grid, formHeading, errors, name,
                kind, contactName, contactEmail, new HorizontalLayout(add, save,
                        cancel));
        show();
    }

    private void show() {
        grid.setItems(people.organisationDetails(admin));
    }

    void setActive(OrganisationRecord organisation, boolean active) {
        try {
            people.setOrganisationActive(organisation.id(), active, admin);
            Notification.show(organisation.name() + (active ? " is open again." : " is closed: its people and "
                    + "their records stay, nobody new is added."), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidInputException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    void editMode(OrganisationRecord organisation) {
        errors.clear();
        editing = organisation;
        formHeading.setText("Change " + organisation.name());
        name.setValue(organisation.name());
        kind.setValue(organisation.kind());
        contactName.setValue(organisation.contactName() == null ? "" : organisation.contactName());
        contactEmail.setValue(organisation.contactEmail() == null ? "" : organisation.contactEmail());
        add.setVisible(false);
        save.setVisible(true);
        cancel.setVisible(true);
        name.focus();
    }

    private void addMode() {
        errors.clear();
        editing = null;
        formHeading.setText("Add an organisation");
        name.clear();
        kind.clear();
        contactName.clear();
        contactEmail.clear();
        add.setVisible(true);
        save.setVisible(false);
        cancel.setVisible(false);
    }

    private void saveChanges() {
        errors.clear();
        try {
            people.updateOrganisation(editing.id(), name.getValue(), kind.getValue(), contactName.getValue(),
                    contactEmail.getValue(), admin);
            Notification.show("Changes to " + name.getValue().strip() + " saved.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            addMode();
            show();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        save.setEnabled(true);
    }

    private void addOrganisation() {
        errors.clear();
        try {
            people.addOrganisation(name.getValue(), kind.getValue(), contactName.getValue(), contactEmail.getValue(),
                    admin);
            Notification.show(name.getValue().strip() + " was added.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            kind.clear();
            contactName.clear();
            contactEmail.clear();
            show();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        add.setEnabled(true);
    }
}
