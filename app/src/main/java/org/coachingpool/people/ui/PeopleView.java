package org.coachingpool.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coachingpool.people.NewPerson;
import org.coachingpool.people.Passwords;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.people.Seniority;
import org.coachingpool.people.Workplace;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** The pool team finds people, adds someone, and stops or restores a person's sign-in. */
@MenuItem(title = "People", order = 44, forRoles = Role.POOL_ADMIN)
@Route(value = "people", layout = MainLayout.class)
@PageTitle("People | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class PeopleView extends VerticalLayout {

    final TextField search = new TextField("Find a person");
    final Grid<PersonRecord> grid = new Grid<>();
    final TextField name = new TextField("Full name");
    final TextField username = new TextField("Username");
    final EmailField email = new EmailField("Email address");
    final ComboBox<String> organisation = new ComboBox<>("Organisation");
    final TextField department = new TextField("Department or team (optional)");
    final TextField jobTitle = new TextField("Job title (optional)");
    final TextField grade = new TextField("Grade (optional)");
    final ComboBox<Seniority> seniority = new ComboBox<>("Level of seniority (optional)");
    final ComboBox<PersonRecord> lineManager = new ComboBox<>("Line manager (optional)");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("What they do in the pool (choose at least one)");
    /** Sends the person being changed a one-time link to choose a new password. */
    final Button sendLink = new Button("Send a link to choose a new password");
    final Paragraph passwordHint = new Paragraph();
    final Button add = new Button("Add person");
    final Button save = new Button("Save changes");
    final Button cancel = new Button("Cancel");
    final H2 formHeading = new H2("Add a person");
    /** The person being changed, or null while the form adds someone. */
    private PersonRecord editing;
    final ErrorSummary errors = new ErrorSummary();
    private final People people;
    private final Passwords passwords;
    private final CurrentUser admin;

    public PeopleView(People people, Passwords passwords, CurrentUsers users) {
        this.people = people;
        this.passwords = passwords;
        this.admin = users.require();
        setMaxWidth("72rem");

        search.setPlaceholder("Name, username, email or organisation");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMinWidth("20rem");
        search.addValueChangeListener(e -> show());
        grid.addColumn(PersonRecord::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(PersonRecord::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(PersonRecord::organisation).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(PeopleView::job).setHeader("Job").setFlexGrow(2);
        grid.addColumn(p -> p.roles().stream().map(PeopleView::label).collect(Collectors.joining(", ")))
                .setHeader("Does").setFlexGrow(2);
        grid.addColumn(p -> p.enabled() ? "Can sign in" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "People");
        grid.setAllRowsVisible(true);

        name.setWidthFull();
        username.setHelperText("Lower-case letters, numbers, dots, dashes or underscores");
        username.setWidth("24rem");
        email.setWidthFull();
        organisation.setItems(people.organisations(admin));
        department.setHelperText("People in the same organisation and department are not matched with each other");
        department.setWidthFull();
        jobTitle.setWidthFull();
        grade.setHelperText("As their employer names it, for example Band 7 or Grade 9");
        grade.setWidth("24rem");
        seniority.setItems(Seniority.values());
        seniority.setItemLabelGenerator(Seniority::label);
        seniority.setHelperText("Compared across employers when matching mentors");
        seniority.setClearButtonVisible(true);
        seniority.setWidth("24rem");
        lineManager.setItems(query -> people.search(query.getFilter().orElse(""), admin).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        lineManager.setItemLabelGenerator(p -> p.displayName() + ", " + p.organisation());
        lineManager.setHelperText("Type to search. Nobody in someone's line-management chain is matched with them.");
        lineManager.setClearButtonVisible(true);
        lineManager.setWidthFull();
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(PeopleView::label);
        errors.bind("displayName", name).bind("username", username).bind("email", email)
                .bind("organisation", organisation).bind("roles", roles)
                .bind("department", department).bind("jobTitle", jobTitle).bind("grade", grade)
                .bind("lineManager", lineManager);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(e -> addPerson());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> saveChanges());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> addMode());
        save.setVisible(false);
        cancel.setVisible(false);
        sendLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sendLink.setDisableOnClick(true);
        sendLink.addClickListener(e -> sendLink());
        sendLink.setVisible(false);
        passwordHint.setText(ADDING_HINT);

        add(new H1("People"), new Paragraph("Everyone who can take part in the pool. A disabled person cannot sign "
                + "in; their cases and records stay as they are."),
                new RouterLink("Import staff from a spreadsheet", ImportStaffView.class),
                search, grid,
                formHeading, errors, name, username, email, organisation, department, jobTitle, grade, seniority,
                lineManager, roles, passwordHint, sendLink,
                new HorizontalLayout(add, save, cancel));
        show();
    }

    private void show() {
        grid.setItems(people.search(search.getValue(), admin));
    }

    private HorizontalLayout actions(PersonRecord person) {
        var change = new Button("Change", e -> editMode(person));
        change.setAriaLabel("Change " + person.displayName());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(change, toggle(person));
    }

    /** The form now changes this person: their username and password are not changed here. */
    void editMode(PersonRecord person) {
        errors.clear();
        editing = person;
        formHeading.setText("Change " + person.displayName());
        name.setValue(person.displayName());
        username.setValue(person.username());
        username.setReadOnly(true);
        email.setValue(person.email());
        organisation.setValue(person.organisation());
        var work = person.workplace();
        department.setValue(work.department() == null ? "" : work.department());
        jobTitle.setValue(work.jobTitle() == null ? "" : work.jobTitle());
        grade.setValue(work.grade() == null ? "" : work.grade());
        seniority.setValue(work.seniority());
        lineManager.setValue(work.lineManager() == null ? null : people.find(work.lineManager(), admin).orElse(null));
        roles.setValue(person.roles());
        passwordHint.setText("Nobody in the pool team sees or sets a password. If " + person.displayName()
                + " cannot sign in, send them a link by email to choose a new one: it works once, for 24 hours, "
                + "and signs them out everywhere at once.");
        sendLink.setVisible(person.enabled());
        sendLink.setEnabled(true);
        add.setVisible(false);
        save.setVisible(true);
        cancel.setVisible(true);
        name.focus();
    }

    private void addMode() {
        errors.clear();
        editing = null;
        formHeading.setText("Add a person");
        name.clear();
        username.clear();
        username.setReadOnly(false);
        email.clear();
        clearWorkplace();
        roles.clear();
        passwordHint.setText(ADDING_HINT);
        sendLink.setVisible(false);
        add.setVisible(true);
        save.setVisible(false);
        cancel.setVisible(false);
    }

    private void saveChanges() {
        errors.clear();
        try {
            people.update(editing.id(), name.getValue(), email.getValue(), organisation.getValue(), roles.getValue(),
                    workplace(), admin);
            Notification.show("Changes to " + name.getValue().strip() + " saved.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            addMode();
            show();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        save.setEnabled(true);
    }

    private Button toggle(PersonRecord person) {
        var button = new Button(person.enabled() ? "Disable" : "Enable");
        button.setAriaLabel((person.enabled() ? "Disable " : "Enable ") + person.displayName());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                person.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            try {
                people.setEnabled(person.id(), !person.enabled(), admin);
                Notification.show(person.displayName() + (person.enabled() ? " can no longer sign in."
                        : " can sign in again."), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return button;
    }

    private void addPerson() {
        errors.clear();
        try {
            people.add(new NewPerson(name.getValue(), username.getValue(), email.getValue(), organisation.getValue(),
                    roles.getValue(), workplace()), admin);
            Notification.show(name.getValue().strip() + " was added. We have emailed them a link to choose their "
                    + "password; their username is " + username.getValue().strip().toLowerCase(Locale.UK)
                    + ".", 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            username.clear();
            email.clear();
            clearWorkplace();
            roles.clear();
            show();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        add.setEnabled(true);
    }

    private static final String ADDING_HINT = "We email the person a link to choose their own password. "
            + "Nobody in the pool team sees or sets it.";

    private void sendLink() {
        errors.clear();
        try {
            passwords.sendResetLink(editing.id(), admin);
            Notification.show("We have emailed " + editing.displayName() + " a link to choose a new password and "
                    + "signed them out everywhere. The link works once, for 24 hours.", 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException problem) {
            errors.show(problem);
            sendLink.setEnabled(true);
        }
    }

    private Workplace workplace() {
        return new Workplace(department.getValue(), jobTitle.getValue(), grade.getValue(), seniority.getValue(),
                lineManager.getValue() == null ? null : lineManager.getValue().id());
    }

    private void clearWorkplace() {
        department.clear();
        jobTitle.clear();
        grade.clear();
        seniority.clear();
        lineManager.clear();
    }

    private static String job(PersonRecord person) {
        var work = person.workplace();
        var parts = new ArrayList<String>();
        if (work.jobTitle() != null) {
            parts.add(work.jobTitle());
        }
        if (work.department() != null) {
            parts.add(work.department());
        }
        if (person.lineManagerName() != null) {
            parts.add("reports to " + person.lineManagerName());
        }
        return String.join(", ", parts);
    }

    static String label(Role role) {
        return role.label();
    }
}
