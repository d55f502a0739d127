package org.coachingpool.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.pool.OnboardingProcess;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The pool team approves a new member's profile, or asks for changes. */
@Route(value = TaskRoute.PREFIX + OnboardingProcess.TASK_APPROVE_PROFILE + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Approve a new member's profile | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class ApproveProfileView extends VerticalLayout implements BeforeEnterObserver {

    final RadioButtonGroup<Boolean> approved = new RadioButtonGroup<>("Decision");
    final TextArea changes = new TextArea("What should they change? (needed when asking for changes)");
    final Button send = new Button("Record decision");
    final ErrorSummary errors = new ErrorSummary();
    private final Onboarding onboarding;
    private final TaskPages pages;
    private final CurrentUser user;
    private WorkItemId itemId;

    public ApproveProfileView(Onboarding onboarding, TaskPages pages, CurrentUsers users) {
        this.onboarding = onboarding;
        this.pages = pages;
        this.user = users.require();
        setMaxWidth("56rem");
        approved.setItems(true, false);
        approved.setItemLabelGenerator(yes -> yes ? "Approve: they can be offered cases from now"
                : "Ask for changes");
        approved.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        CharacterCount.attach(changes, Onboarding.TEXT_MAX, "They read this.");
        changes.setWidthFull();
        errors.bind("approved", approved).bind("changes", changes);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> TaskPages.submit(errors, () -> onboarding.approveProfile(itemId, user,
                approved.getValue(), changes.getValue()), "Done: the decision is recorded.", send));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> {
            var profile = onboarding.profileToApprove(id, user);
            var list = new DescriptionList();
            list.addClassName("summary-list");
            ApplicationPanel.row(list, "Offers", profile.kind().label());
            ApplicationPanel.row(list, "Specialisms", profile.specialisms().isEmpty() ? "None chosen"
                    : profile.specialisms().stream().map(DevelopmentArea::label).collect(Collectors.joining(", ")));
            ApplicationPanel.row(list, "Meets", profile.modality().label()
                    + (profile.location() == null ? "" : ", " + profile.location()));
            ApplicationPanel.row(list, "About them", profile.biography() == null ? "Not written" : profile.biography());
            ApplicationPanel.row(list, "Most relationships at once", String.valueOf(profile.maxActiveRelationships()));
            add(new H1("Approve a new member's profile"), new ApplicationPanel(onboarding.applicationFor(id, user, OnboardingProcess.TASK_APPROVE_PROFILE)),
                    new H2("Their profile"), list, errors, approved, changes, send);
        }).orElse(null);
    }
}
