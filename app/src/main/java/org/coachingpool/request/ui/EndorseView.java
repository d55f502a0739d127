package org.coachingpool.request.ui;

import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.CharacterCount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The sponsor supports a request (and protects time for it) or declines with a reason. */
@Route(value = TaskRoute.PREFIX + RelationshipProcess.TASK_ENDORSE + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Endorse request | Coaching Pool")
@RolesAllowed(Role.SPONSOR_ROLE)
public class EndorseView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskPages pages;

    private final Endorsements endorsements;
    private final CurrentUsers users;
    final Checkbox protectedTime = new Checkbox("I will protect time for the sessions");
    final TextArea context = new TextArea("Context for the coach or mentor (optional)");
    final TextArea declineReason = new TextArea("Why you cannot support it");
    final Button endorse = new Button("Endorse request");
    final ErrorSummary errors = new ErrorSummary();
    final Button decline = new Button("Decline request");
    private WorkItemId itemId;

    public EndorseView(Endorsements endorsements, TaskPages pages, CurrentUsers users) {
        this.pages = pages;
        this.endorsements = endorsements;
        this.users = users;
        setMaxWidth("48rem");
        context.setWidthFull();
        CharacterCount.attach(context, Endorsements.TEXT_MAX, null);
        declineReason.setWidthFull();
        CharacterCount.attach(declineReason, Endorsements.TEXT_MAX,
                "Needed only if you decline. The thinker is told the request was declined.");
        errors.bind("context", context).bind("declineReason", declineReason);
        endorse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endorse.setDisableOnClick(true);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.setDisableOnClick(true);
        endorse.addClickListener(e -> decide(new EndorsementDecision(true, protectedTime.getValue(), context.getValue(),
                null)));
        decline.addClickListener(e -> decide(new EndorsementDecision(false, false, context.getValue(),
                declineReason.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, users.require(), id -> {
            CaseSummary summary = endorsements.caseFor(id, users.require());
            add(new H1("Endorse request " + summary.reference()),
                    new Paragraph(summary.thinkerName() + " has asked for " + summary.kindWanted().toLowerCase()
                            .replace('_', ' ') + " and named you as their sponsor."),
                    new Paragraph("What they discuss with their coach or mentor stays between them. You will see "
                            + "milestones and agreed outcomes, and take part in the three-way contract and review."),
                    errors, protectedTime, context, declineReason, new HorizontalLayout(endorse, decline));
        }).orElse(null);
    }

    private void decide(EndorsementDecision decision) {
        TaskPages.submit(errors, () -> endorsements.decide(itemId, users.require(), decision),
                decision.endorsed() ? "Thank you: the request goes to the pool team."
                        : "The request was declined; the thinker will be told.", endorse, decline);
    }
}
