package org.coachingpool.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserDirectory;

/** A thinker asks for coaching or mentoring. */
@Route(value = "request", layout = MainLayout.class)
@PageTitle("Ask for coaching or mentoring | Coaching Pool")
@RolesAllowed(Role.THINKER_ROLE)
public class RequestView extends VerticalLayout {

    final RadioButtonGroup<KindWanted> kind = new RadioButtonGroup<>("What kind of support would you like?");
    final CheckboxGroup<DevelopmentArea> areas = new CheckboxGroup<>("What would you like to develop? (choose at least one)");
    final TextArea goals = new TextArea("Your goals, in your own words");
    final ComboBox<Person> sponsor = new ComboBox<>("Your sponsor (usually your line manager)");
    final Button submit = new Button("Send request");
    /** One token per form: a double click or a retried request opens one case, not two. */
    private final UUID submissionToken = UUID.randomUUID();

    public RequestView(Requests requests, UserDirectory directory, CurrentUsers users) {
        setMaxWidth("48rem");
        add(new H2("Ask for coaching or mentoring"),
                new Paragraph("Your sponsor will be asked to support your request. What you write as goals is seen by "
                        + "the pool team and your coach or mentor, not by your sponsor."));

        kind.setItems(KindWanted.values());
        kind.setItemLabelGenerator(KindWanted::label);
        kind.setRequired(true);
        areas.setItems(DevelopmentArea.values());
        areas.setItemLabelGenerator(DevelopmentArea::label);
        // No required flag: it puts aria-required on a role=group element, which ARIA does not allow.
        // The label says it is needed and the service checks it.
        goals.setRequired(true);
        goals.setMaxLength(4000);
        goals.setWidthFull();
        goals.setHelperText("What would you like to be different after coaching or mentoring?");
        sponsor.setItems(directory.sponsors());
        sponsor.setItemLabelGenerator(p -> p.displayName() + " (" + p.organisation() + ")");
        sponsor.setRequired(true);
        sponsor.setWidthFull();
        // The component's open list (role listbox) has no accessible name of its own in 24.9;
        // screen readers would announce a nameless list (axe: aria-input-field-name).
        sponsor.getElement().executeJs("""
                const name = () => this._scroller && this._scroller.setAttribute('aria-label', $0);
                name();
                this.addEventListener('opened-changed', name);
                """, "People who can sponsor you");

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            clearErrors();
            try {
                var request = new NewRequest(kind.getValue(), areas.getValue(), goals.getValue(),
                        sponsor.getValue() == null ? null : sponsor.getValue().id());
                var caseId = requests.submit(users.require(), request, submissionToken);
                getUI().ifPresent(ui -> ui.navigate(RequestSentView.class,
                        new com.vaadin.flow.router.RouteParameters("id", caseId.toString())));
            } catch (InvalidInputException problem) {
                showError(problem);
                submit.setEnabled(true);
            }
        });
        add(kind, areas, goals, sponsor, submit);
    }

    private void clearErrors() {
        kind.setInvalid(false);
        areas.setInvalid(false);
        goals.setInvalid(false);
        sponsor.setInvalid(false);
    }

    private void showError(InvalidInputException problem) {
        switch (problem.field()) {
            case "kindWanted" -> { kind.setErrorMessage(problem.getMessage()); kind.setInvalid(true); }
            case "developmentAreas" -> { areas.setErrorMessage(problem.getMessage()); areas.setInvalid(true); }
            case "goals" -> { goals.setErrorMessage(problem.getMessage()); goals.setInvalid(true); }
            case "sponsor" -> { sponsor.setErrorMessage(problem.getMessage()); sponsor.setInvalid(true); }
            default -> Notification.show(problem.getMessage(), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
