package org.coachingpool.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
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
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
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
    final ErrorSummary errors = new ErrorSummary();
    /** One token per form: a double click or a retried request opens one case, not two. */
    private final UUID submissionToken = UUID.randomUUID();

    public RequestView(Requests requests, UserDirectory directory, CurrentUsers users) {
        setMaxWidth("48rem");
        add(new H1("Ask for coaching or mentoring"),
                new Paragraph("Your sponsor will be asked to support your request. What you write as goals is seen by "
                        + "the pool team and your coach or mentor, not by your sponsor."));

        kind.setItems(KindWanted.values());
        kind.setItemLabelGenerator(KindWanted::label);
        areas.setItems(DevelopmentArea.values());
        areas.setItemLabelGenerator(DevelopmentArea::label);
        // Every field is needed unless its label says "(optional)" (GOV.UK): no required markers, and
        // the service checks everything, showing every problem at once.
        goals.setWidthFull();
        CharacterCount.attach(goals, Requests.GOALS_MAX,
                "What would you like to be different after coaching or mentoring?");
        sponsor.setItems(directory.sponsors());
        sponsor.setItemLabelGenerator(p -> p.displayName() + " (" + p.organisation() + ")");
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
        errors.bind("kindWanted", kind).bind("developmentAreas", areas).bind("goals", goals).bind("sponsor", sponsor);
        submit.addClickListener(e -> {
            errors.clear();
            try {
                var request = new NewRequest(kind.getValue(), areas.getValue(), goals.getValue(),
                        sponsor.getValue() == null ? null : sponsor.getValue().id());
                var caseId = requests.submit(users.require(), request, submissionToken);
                getUI().ifPresent(ui -> ui.navigate(RequestSentView.class,
                        new com.vaadin.flow.router.RouteParameters("id", caseId.toString())));
            } catch (InvalidInputException problem) {
                errors.show(problem);
                submit.setEnabled(true);
            }
        });
        add(errors, kind, areas, goals, sponsor, submit);
    }
}
