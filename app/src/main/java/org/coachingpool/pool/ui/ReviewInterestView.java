package org.coachingpool.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.pool.OnboardingProcess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The pool team reads an offer to coach or mentor and invites the person to training, or not. */
@Route(value = TaskRoute.PREFIX + OnboardingProcess.TASK_REVIEW_INTEREST + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Review an offer to coach or mentor | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class ReviewInterestView extends VerticalLayout implements BeforeEnterObserver {

    final RadioButtonGroup<Onboarding.InterestDecision> decision = new RadioButtonGroup<>("Decision");
    final Button send = new Button("Record decision");
    final ErrorSummary errors = new ErrorSummary();
    private final Onboarding onboarding;
    private final TaskPages pages;
    private final CurrentUser user;
    private WorkItemId itemId;

    public ReviewInterestView(Onboarding onboarding, TaskPages pages, CurrentUsers users) {
        this.onboarding = onboarding;
        this.pages = pages;
        this.user = users.require();
        setMaxWidth("56rem");
        decision.setItems(Onboarding.InterestDecision.values());
        decision.setItemLabelGenerator(d -> d == Onboarding.InterestDecision.TRAINING
                ? "Invite them to training" : "Do not take it forward for now");
        decision.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        errors.bind("decision", decision);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> TaskPages.submit(errors, () -> onboarding.reviewInterest(itemId, user,
                decision.getValue()), "Done: the decision is recorded.", send));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> add(new H1("Review an offer to coach or mentor"),
                new ApplicationPanel(onboarding.applicationFor(id, user, OnboardingProcess.TASK_REVIEW_INTEREST)), errors, decision, send)).orElse(null);
    }
}
