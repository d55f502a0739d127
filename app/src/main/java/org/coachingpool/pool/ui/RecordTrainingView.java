package org.coachingpool.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.Accreditation;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.pool.OnboardingProcess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The pool team records whether someone invited to training completed it. */
@Route(value = TaskRoute.PREFIX + OnboardingProcess.TASK_RECORD_TRAINING + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Record training | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class RecordTrainingView extends VerticalLayout implements BeforeEnterObserver {

    final RadioButtonGroup<Boolean> completed = new RadioButtonGroup<>("Did they complete the training?");
    final DatePicker completedOn = UkDates.picker("Date completed");
    final CheckboxGroup<Accreditation> accreditations = new CheckboxGroup<>("Accreditations gained (optional)");
    final Button send = new Button("Record training");
    final ErrorSummary errors = new ErrorSummary();
    private final Onboarding onboarding;
    private final TaskPages pages;
    private final CurrentUser user;
    private WorkItemId itemId;

    public RecordTrainingView(Onboarding onboarding, TaskPages pages, CurrentUsers users) {
        this.onboarding = onboarding;
        this.pages = pages;
        this.user = users.require();
        setMaxWidth("56rem");
        completed.setItems(true, false);
        completed.setItemLabelGenerator(done -> done ? "Yes: they can write their profile"
                : "No: close the offer for now");
        completed.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        completed.addValueChangeListener(e -> {
            completedOn.setVisible(Boolean.TRUE.equals(e.getValue()));
            accreditations.setVisible(Boolean.TRUE.equals(e.getValue()));
        });
        completedOn.setVisible(false);
        accreditations.setVisible(false);
        accreditations.setItems(Accreditation.values());
        accreditations.setItemLabelGenerator(Accreditation::label);
        accreditations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        errors.bind("completed", completed).bind("completedOn", completedOn);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> TaskPages.submit(errors, () -> onboarding.recordTraining(itemId, user,
                completed.getValue(), completedOn.getValue(), accreditations.getValue()),
                "Done: the training is recorded.", send));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> add(new H1("Record training"),
                new ApplicationPanel(onboarding.applicationFor(id, user, OnboardingProcess.TASK_RECORD_TRAINING)), errors, completed, completedOn,
                accreditations, send)).orElse(null);
    }
}
