package org.coachingpool.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.safeguarding.NewConcern;
import org.coachingpool.safeguarding.Risk;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.safeguarding.ThinkerTold;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.WorkItemUnavailableException;

/**
 * A coach or mentor sends a safeguarding concern about a relationship to the pool's named
 * safeguarding lead, and nobody else.
 */
@Route(value = CaseNavigation.SAFEGUARDING_ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.COACH_ROLE)
public class RaiseConcernView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final RadioButtonGroup<Risk> risk = new RadioButtonGroup<>("What is the risk?");
    final RadioButtonGroup<ThinkerTold> thinkerTold = new RadioButtonGroup<>();
    final TextArea whatHappened = new TextArea("What the safeguarding lead needs to know");
    final Button send = new Button("Send to the safeguarding lead");
    final ErrorSummary errors = new ErrorSummary();
    private final Safeguarding safeguarding;
    private final Cases cases;
    private final CurrentUser coach;
    /** Made when the page opens: sending twice raises one concern. */
    private final UUID requestId = UUID.randomUUID();
    private CaseId caseId;

    public RaiseConcernView(Safeguarding safeguarding, Cases cases, CurrentUsers users) {
        this.safeguarding = safeguarding;
        this.cases = cases;
        this.coach = users.require();
        setMaxWidth("48rem");
        risk.setItems(Risk.values());
        risk.setItemLabelGenerator(Risk::label);
        risk.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        thinkerTold.setItems(ThinkerTold.values());
        thinkerTold.setItemLabelGenerator(ThinkerTold::label);
        thinkerTold.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        whatHappened.setWidthFull();
        whatHappened.setMinHeight("10rem");
        CharacterCount.attach(whatHappened, Safeguarding.TEXT_MAX, "Only what is needed to act: what was said or "
                + "seen, when, and whether anyone is in danger now. Do not investigate or ask for more.");
        errors.bind("risk", risk).bind("thinkerTold", thinkerTold).bind("whatHappened", whatHappened);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send());
    }

    @Override
    public String getPageTitle() {
        return "Raise a safeguarding concern | Coaching Pool";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        caseId = event.getRouteParameters().get(CaseNavigation.ID).flatMap(CaseId::fromText).orElse(null);
        CaseSummary summary = caseId == null || !safeguarding.mayRaise(caseId, coach) ? null
                : cases.find(caseId).orElse(null);
        if (summary == null) {
            add(new H1("Page not available"), new Paragraph("You can raise a safeguarding concern on a relationship you "
                    + "coach or mentor while it runs. If someone is in immediate danger, call 999."));
            return;
        }
        thinkerTold.setLabel("Have you told " + summary.thinkerName() + " that you are raising this?");
        var danger = new Paragraph("If anyone is in immediate danger, call 999 first.");
        danger.addClassName("warning-text");
        String lead = safeguarding.lead().map(p -> p.displayName()).orElse(null);
        add(new H1("Raise a safeguarding concern"),
                new Paragraph("About your relationship with " + summary.thinkerName() + " (" + summary.reference() + ")."),
                danger,
                new Paragraph(lead == null
                        ? "The pool has not named a safeguarding lead yet, so this cannot be sent here: phone the pool "
                                + "team and follow your organisation's safeguarding policy."
                        : "This goes to " + lead + ", the pool's safeguarding lead, at once, with an email. Nobody else "
                                + "sees it: not the sponsor, not the rest of the pool team, not " + summary.thinkerName()
                                + ". Where it is safe, tell them first that you are raising it."),
                errors, risk, thinkerTold, whatHappened, send);
    }

    private void send() {
        errors.clear();
        try {
            var lead = safeguarding.raise(caseId, coach, new NewConcern(risk.getValue(), thinkerTold.getValue(),
                    whatHappened.getValue()), requestId).orElseThrow();
            removeAll();
            var panel = new Div(new H1("Concern sent"), new Paragraph(lead.displayName() + " has it"));
            panel.addClassName("confirmation-panel");
            add(panel, new Paragraph(lead.displayName() + ", the pool's safeguarding lead, has been sent a task and an "
                            + "email. They may contact you" + (lead.email() == null ? "." : "; you can reach them at "
                            + lead.email() + ".")),
                    new Paragraph("Nobody else can see what you wrote. Carry on with the relationship only as the "
                            + "lead advises."),
                    new Anchor(CaseNavigation.path(caseId), "Back to the case"));
        } catch (InvalidInputException problem) {
            errors.show(problem);
            send.setEnabled(true);
        } catch (WorkItemUnavailableException gone) {
            removeAll();
            add(new H1("Page not available"), new Paragraph(gone.getMessage()));
        }
    }
}
