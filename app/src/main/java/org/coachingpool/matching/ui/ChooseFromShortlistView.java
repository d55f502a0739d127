package org.coachingpool.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The thinker chooses who they would like to work with from the pool team's shortlist. */
@Route(value = TaskRoute.PREFIX + RelationshipProcess.TASK_CHOOSE_FROM_SHORTLIST + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Choose your coach or mentor | Coaching Pool")
@RolesAllowed(Role.THINKER_ROLE)
public class ChooseFromShortlistView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskPages pages;

    final RadioButtonGroup<Candidate> choice = new RadioButtonGroup<>("Who would you like to work with?");
    final Button send = new Button("Send my choice");
    private final Matching matching;
    private final CurrentUser user;
    private WorkItemId itemId;
    final ErrorSummary errors = new ErrorSummary();

    public ChooseFromShortlistView(Matching matching, TaskPages pages, CurrentUsers users) {
        this.pages = pages;
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        this.matching = matching;
        this.user = users.require();
        setMaxWidth("48rem");
        choice.setItemLabelGenerator(Candidate::displayName);
        choice.setRenderer(new ComponentRenderer<>(c -> {
            var name = new Span(c.displayName() + ", " + c.organisation());
            name.getStyle().set("font-weight", "600");
            var about = new Div(c.biography() == null
                    ? "They have not written about themselves yet." : c.biography());
            about.getStyle().set("white-space", "pre-line");
            return new Div(name, about);
        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        errors.bind("coach", choice);
        send.addClickListener(e -> TaskPages.submit(errors, () -> matching.chooseFromShortlist(itemId, user,
                choice.getValue() == null ? null : choice.getValue().username()), "Thank you: we will ask them now.",
                send));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> {
            choice.setItems(matching.shortlistFor(id, user));
            add(new H1("Choose your coach or mentor"), new Paragraph("The pool team suggests these people. Each "
                    + "wrote a few lines about themselves. You will have a first conversation to check the fit before you agree to work together."), errors, choice, send);
        }).orElse(null);
    }
}
