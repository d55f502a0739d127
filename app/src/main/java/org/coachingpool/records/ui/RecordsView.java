package org.coachingpool.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.records.ErasedCase;
import org.coachingpool.records.Retention;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.platform.NumberFields;

/**
 * The pool team's records page: how long closed cases are kept, a person's records to copy or
 * erase, and what has been erased.
 */
@MenuItem(title = "Records and retention", order = 50, forRoles = Role.POOL_ADMIN)
@Route(value = "records", layout = MainLayout.class)
@PageTitle("Records and retention | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class RecordsView extends VerticalLayout {

    final IntegerField years = NumberFields.wholeNumber("Years to keep a case after it closes");
    final Button save = new Button("Save retention period");
    final Paragraph current = new Paragraph();
    final Paragraph done = new Paragraph();
    final ErrorSummary errors = new ErrorSummary();
    final ComboBox<PersonRecord> person = new ComboBox<>("Person");
    final Button open = new Button("See their records");
    final ErrorSummary personErrors = new ErrorSummary();
    final TextField reference = new TextField("Case reference");
    final Grid<ErasedCase> erased = new Grid<>(ErasedCase.class, false);
    private final Retention retention;
    private final CurrentUser admin;

    public RecordsView(Retention retention, People people, CurrentUsers users) {
        this.retention = retention;
        this.admin = users.require();
        setMaxWidth("64rem");
        years.setMin(Retention.YEARS_MIN);
        years.setMax(Retention.YEARS_MAX);
        years.setStepButtonsVisible(true);
        years.setWidth("22rem");
        years.setHelperText("From " + Retention.YEARS_MIN + " to " + Retention.YEARS_MAX
                + ". Coaching bodies' practice is 1 to 3 years; check your organisation's retention schedule.");
        years.setValue(retention.setting().yearsAfterClose());
        errors.bind("years", years);
        done.addClassNames("notification-banner", "success");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        person.setItems(query -> people.search(query.getFilter().orElse(""), admin).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(p -> p.displayName() + " (" + p.email() + ")");
        person.setWidth("28rem");
        person.setHelperText("Type part of their name.");
        personErrors.bind("person", person);
        open.addClickListener(e -> openPerson());

        reference.setHelperText("For example CP-2023-0042. Leave empty to see the latest.");
        reference.setClearButtonVisible(true);
        reference.addValueChangeListener(e -> showErased());
        erased.addColumn(ErasedCase::reference).setHeader("Case");
        erased.addColumn(c -> c.reason().label()).setHeader("Why").setFlexGrow(2);
        erased.addColumn(c -> c.closedAt() == null ? "Not closed" : UkDates.date(c.closedAt())).setHeader("Closed");
        erased.addColumn(c -> UkDates.date(c.erasedAt())).setHeader("Erased");
        erased.addColumn(ErasedCase::erasedBy).setHeader("By");
        erased.setAllRowsVisible(true);

        add(new H1("Records and retention"), done,
                new H2("How long records are kept"),
                new Paragraph("When a case has been closed for this long, everything written in it is erased: the "
                        + "request, answers, session notes and actions, reasons, meetings and emails. Only anonymous "
                        + "figures stay for the impact reports. This happens each night."),
                current, errors, years, save,
                new H2("A person's records"),
                new Paragraph("When someone asks for a copy of what the pool holds about them (a subject access "
                        + "request), or asks for it to be erased, find them here."),
                personErrors, person, open,
                new H2("Erased cases"),
                new Paragraph("Cases erased at the end of their retention period or at the thinker's request. Nothing "
                        + "here says who a case was about."),
                reference, erased);
        showCurrent();
        showErased();
    }

    private void showCurrent() {
        var setting = retention.setting();
        current.setText("Closed cases are kept for " + years(setting.yearsAfterClose())
                + ". Tonight, cases that closed before " + UkDates.date(retention.erasesClosedBefore()) + " are erased."
                + (setting.changedBy() == null ? " This is the service's default."
                        : " Set by " + setting.changedBy() + " on " + UkDates.date(setting.changedAt()) + "."));
    }

    private void save() {
        errors.clear();
        done.setVisible(false);
        try {
            retention.change(years.getValue(), admin);
            done.setText("Saved: closed cases are now kept for " + years(years.getValue()) + ".");
            done.setVisible(true);
            showCurrent();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }

    private void openPerson() {
        personErrors.clear();
        if (person.getValue() == null) {
            personErrors.show(new InvalidInputException("person", "Choose the person whose records you need."));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(PersonRecordsView.class,
                new RouteParameters("id", person.getValue().id().value().toString())));
    }

    private void showErased() {
        erased.setItems(retention.erased(reference.getValue(), admin));
    }

    private static String years(int n) {
        return n == 1 ? "1 year" : n + " years";
    }
}
