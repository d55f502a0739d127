package org.coachingpool.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.MeetingPreference;
import org.coachingpool.request.Preferences;
import org.coachingpool.request.ReadinessAnswers;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserDirectory;

/** A thinker asks for coaching or mentoring. */
@MenuItem(title = "Ask for coaching or mentoring", order = 10, forRoles = Role.THINKER)
@Route(value = "request", layout = MainLayout.class)
@PageTitle("Ask for coaching or mentoring | Coaching Pool")
@RolesAllowed(Role.THINKER_ROLE)
public class RequestView extends VerticalLayout {

    final RadioButtonGroup<KindWanted> kind = new RadioButtonGroup<>("What kind of support would you like?");
    final CheckboxGroup<DevelopmentArea> areas = new CheckboxGroup<>("What would you like to develop? (choose at least one)");
    final TextArea goals = new TextArea("Your goals, in your own words");
    final RadioButtonGroup<MeetingPreference> meeting = new RadioButtonGroup<>("How would you like to meet?");
    final TextField place = new TextField("Where would suit you? (optional)");
    final TextField availability = new TextField("When are you usually free? (optional)");
    final RadioButtonGroup<ReadinessAnswers.FormalProcess> formalProcess = new RadioButtonGroup<>(
            "Is this request part of a formal capability or disciplinary process?");
    final RadioButtonGroup<ReadinessAnswers.Choosing> choosing = new RadioButtonGroup<>(
            "Are you asking for this yourself?");
    final RadioButtonGroup<ReadinessAnswers.Wellbeing> wellbeing = new RadioButtonGroup<>(
            "How are you managing at the moment?");
    final ComboBox<Person> sponsor = new ComboBox<>("Your sponsor (usually your line manager)");
    final Button submit = new Button("Send request");
    final ErrorSummary errors = new ErrorSummary();
    /** A name typed into the sponsor list that matches nobody in it: kept and named, never cleared. */
    private String unknownSponsor;
    /** One token per form: a double click or a retried request opens one case, not two. */
    private final UUID submissionToken = UUID.randomUUID();

    public RequestView(Requests requests, UserDirectory directory, CurrentUsers users) {
        setMaxWidth("48rem");
        add(new H1("Ask for coaching or mentoring"),
                new Paragraph("Your sponsor will be asked to support your request. What you write as goals is seen by "
                        + "the pool team and your coach or mentor, not by your sponsor. Everything is needed unless it "
                        + "says optional."));

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
        sponsor.setHelperText("Start typing their name and choose them from the list");
        // Without custom values the list would silently empty a name it does not know on leaving
        // the field: the person would not know why their sponsor vanished.
        sponsor.setAllowCustomValue(true);
        sponsor.addCustomValueSetListener(e -> {
            unknownSponsor = e.getDetail().isBlank() ? null : e.getDetail().strip();
            if (unknownSponsor != null) {
                sponsor.setErrorMessage(unknownSponsorMessage(unknownSponsor));
                sponsor.setInvalid(true);
            }
        });
        sponsor.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                unknownSponsor = null;
                sponsor.setInvalid(false);
            }
        });
        // The component's open list (role listbox) has no accessible name of its own in 24.9;
        // screen readers would announce a nameless list (axe: aria-input-field-name).
        sponsor.getElement().executeJs("""
                const name = () => this._scroller && this._scroller.setAttribute('aria-label', $0);
                name();
                this.addEventListener('opened-changed', name);
                """, "People who can sponsor you");

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        meeting.setItems(MeetingPreference.values());
        meeting.setItemLabelGenerator(MeetingPreference::label);
        place.setHelperText("For example a town, a site or a building");
        place.setMaxLength(Preferences.TEXT_MAX);
        place.setWidthFull();
        availability.setHelperText("For example Tuesday and Thursday afternoons");
        availability.setMaxLength(Preferences.TEXT_MAX);
        availability.setWidthFull();
        formalProcess.setItems(ReadinessAnswers.FormalProcess.values());
        formalProcess.setItemLabelGenerator(ReadinessAnswers.FormalProcess::label);
        choosing.setItems(ReadinessAnswers.Choosing.values());
        choosing.setItemLabelGenerator(ReadinessAnswers.Choosing::label);
        choosing.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        wellbeing.setItems(ReadinessAnswers.Wellbeing.values());
        wellbeing.setItemLabelGenerator(ReadinessAnswers.Wellbeing::label);
        wellbeing.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        wellbeing.setHelperText("If things are very hard right now, other support may help more than coaching, and "
                + "the pool team will point you to it. Asking is never a mark against you.");
        errors.bind("kindWanted", kind).bind("developmentAreas", areas).bind("goals", goals)
                .bind("meeting", meeting).bind("place", place).bind("availability", availability)
                .bind("formalProcess", formalProcess).bind("choosing", choosing).bind("wellbeing", wellbeing)
                .bind("sponsor", sponsor);
        submit.addClickListener(e -> {
            errors.clear();
            try {
                var request = new NewRequest(kind.getValue(), areas.getValue(), goals.getValue(),
                        sponsor.getValue() == null ? null : sponsor.getValue().id(),
                        new Preferences(meeting.getValue(), place.getValue(), availability.getValue()),
                        new ReadinessAnswers(formalProcess.getValue(), choosing.getValue(), wellbeing.getValue()));
                var caseId = requests.submit(users.require(), request, submissionToken);
                getUI().ifPresent(ui -> ui.navigate(RequestSentView.class,
                        new RouteParameters("id", caseId.toString())));
            } catch (InvalidInputException problem) {
                errors.show(unknownSponsor == null || sponsor.getValue() != null ? problem
                        : new InvalidInputException(problem.problems().stream()
                                .map(p -> p.field().equals("sponsor")
                                        ? new InvalidInputException.Problem("sponsor", unknownSponsorMessage(unknownSponsor))
                                        : p)
                                .toList()));
                submit.setEnabled(true);
            }
        });
        add(errors, kind, areas, goals,
                new H2("How you would like to meet"), meeting, place, availability,
                new H2("Is coaching or mentoring right for you now?"),
                new Paragraph("These questions help the pool team suggest the support that suits you best at the "
                        + "moment. Only you and the pool team see your answers: your sponsor and your coach or mentor "
                        + "do not."),
                formalProcess, choosing, wellbeing,
                new H2("Your sponsor"), sponsor, submit);
    }

    /** Names what was typed; when it is part of some names, says to choose one rather than that nobody matches. */
    private String unknownSponsorMessage(String typed) {
        String lower = typed.toLowerCase(Locale.UK);
        long close = sponsor.getListDataView().getItems()
                .filter(p -> p.displayName().toLowerCase(Locale.UK).contains(lower)).count();
        if (close > 0) {
            return "\"" + typed + "\" matches " + (close == 1 ? "one person in the list: choose them from it."
                    : close + " people in the list: choose your sponsor from it.");
        }
        return "No one called \"" + typed + "\" can sponsor you here. Choose your sponsor from the list; if "
                + "your line manager is not in it, ask the pool team to add them.";
    }
}
