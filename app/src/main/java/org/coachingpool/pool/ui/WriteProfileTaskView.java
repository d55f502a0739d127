package org.coachingpool.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.pool.OnboardingProcess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/**
 * A new member writes their profile and sends it to the pool team. Open to anyone signed in:
 * the coach role arrives with their next sign-in, and the task is theirs by name.
 */
@Route(value = TaskRoute.PREFIX + OnboardingProcess.TASK_WRITE_PROFILE + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Write your coach or mentor profile | Coaching Pool")
@PermitAll
public class WriteProfileTaskView extends VerticalLayout implements BeforeEnterObserver {

    final Button send = new Button("My profile is ready for the pool team");
    final ErrorSummary errors = new ErrorSummary();
    private final Onboarding onboarding;
    private final TaskPages pages;
    private final CurrentUser user;
    private WorkItemId itemId;

    public WriteProfileTaskView(Onboarding onboarding, TaskPages pages, CurrentUsers users) {
        this.onboarding = onboarding;
        this.pages = pages;
        this.user = users.require();
        setMaxWidth("48rem");
        errors.bind("profile", send);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> TaskPages.submit(errors, () -> onboarding.profileReady(itemId, user),
                "Thank you: the pool team will look at your profile.", send));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> {
            var application = onboarding.applicationFor(id, user, OnboardingProcess.TASK_WRITE_PROFILE);
            add(new H1("Write your coach or mentor profile"), new Paragraph("Your training is recorded. Write your "
                    + "profile: the areas you help with most, how and where you meet, and a few lines about yourself "
                    + "that people choosing a coach or mentor will read. Then send it to the pool team."));
            if (application.changesRequested() != null) {
                add(new Paragraph("The pool team asked you to change: " + application.changesRequested()));
            }
            add(new RouterLink("Open your profile", ProfileView.class), errors, send);
        }).orElse(null);
    }
}
