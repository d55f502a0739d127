package org.coachingpool.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** The pool team names who receives safeguarding concerns. */
@MenuItem(title = "Safeguarding lead", order = 49, forRoles = Role.POOL_ADMIN)
@Route(value = "safeguarding-lead", layout = MainLayout.class)
@PageTitle("Safeguarding lead | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class SafeguardingLeadView extends VerticalLayout {

    final ComboBox<PersonRecord> person = new ComboBox<>("Safeguarding lead");
    final Button save = new Button("Save");
    final Paragraph current = new Paragraph();
    final Paragraph done = new Paragraph();
    final ErrorSummary errors = new ErrorSummary();
    private final Safeguarding safeguarding;
    private final CurrentUser admin;

    public SafeguardingLeadView(Safeguarding safeguarding, People people, CurrentUsers users) {
        this.safeguarding = safeguarding;
        this.admin = users.require();
        setMaxWidth("48rem");
        person.setItems(query -> people.search(query.getFilter().orElse(""), admin).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(p -> p.displayName() + " (" + p.email() + ")");
        person.setWidth("28rem");
        person.setHelperText("Type part of their name. They receive each concern as a task and an email at once.");
        errors.bind("lead", person);
        done.addClassNames("notification-banner", "success");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H1("Safeguarding lead"), done,
                new Paragraph("When a coach or mentor is worried that someone is at serious risk of harm, or learns of "
                        + "illegal activity, a serious breach of policy or a court order, they raise a concern from the "
                        + "case page. It goes to this person alone, at once. Choose someone trained in your "
                        + "organisation's safeguarding policy who can act the same day."),
                current, errors, person, save);
        showCurrent();
    }

    private void showCurrent() {
        current.setText(safeguarding.lead().map(p -> "The safeguarding lead is " + p.displayName() + ".")
                .orElse("No safeguarding lead is named: coaches and mentors cannot raise a concern here until you name one."));
    }

    private void save() {
        errors.clear();
        done.setVisible(false);
        try {
            safeguarding.nameLead(person.getValue() == null ? null : person.getValue().id(), admin);
            done.setText("Saved: " + person.getValue().displayName() + " now receives safeguarding concerns.");
            done.setVisible(true);
            showCurrent();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }
}
