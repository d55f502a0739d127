package org.coachingpool.forms.ui;

import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.UkDates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coachingpool.forms.Answer;
import org.coachingpool.forms.Field;
import org.coachingpool.forms.TaskForm;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.request.Requests;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.platform.NumberFields;
import com.vaadin.flow.component.html.Anchor;
import org.coachingpool.calendar.Meetings;

/**
 * Any task with a catalogued form, at tasks/{formKey}/{itemId}. Tasks with views of their own
 * (a fixed route segment) take precedence; a task with neither says its form is not here yet.
 */
@Route(value = TaskRoute.ANY_FORM, layout = MainLayout.class)
@PermitAll
public class TaskFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The page title names the case or task, so browser tabs and history tell pages apart. */
    private String title = "Task";

    private final TaskPages pages;

    private final TaskForms forms;
    private final CurrentUser user;
    final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    final Button submit = new Button();
    final Button saveDraft = new Button("Save draft");
    final ErrorSummary errors = new ErrorSummary();
    private WorkItemId itemId;

    private final Requests requests;
    private final Cases cases;
    private final Sessions sessions;

    public TaskFormView(TaskForms forms, TaskPages pages, Requests requests, Cases cases, Sessions sessions,
            CurrentUsers users) {
        this.pages = pages;
        this.requests = requests;
        this.cases = cases;
        this.sessions = sessions;
        this.forms = forms;
        this.user = users.require();
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        inputs.clear();
        title = "Task";
        itemId = pages.open(event, this, user,
                "This task does not exist, is not yours, was already done, or its form is not part of this version.",
                id -> {
                    Map.Entry<WorkItem, TaskForm> opened = forms.open(id, user);
                    itemId = id;
                    show(opened.getKey(), opened.getValue());
                }).orElse(null);
        if (itemId == null) {
            // A task done, handed on or not there: the tab is titled as the page is headed.
            getChildren().filter(H1.class::isInstance).map(h -> ((H1) h).getText()).findFirst()
                    .ifPresent(heading -> title = heading);
        }
    }

    private void show(WorkItem item, TaskForm form) {
        title = item.title() + " " + item.caseReference();
        add(new H1(item.title()), new Paragraph(form.intro()));
        context(item);
        if (form.shows() != null) {
            List<Answer> shown = forms.inFormOrder(item.caseId(), form.shows(), user);
            add(new H2("The contract"));
            // A summary list, as GOV.UK's "check your answers": each term as recorded, in the form's order.
            var terms = new DescriptionList();
            terms.addClassName("summary-list");
            shown.forEach(a -> terms.add(new DescriptionList.Term(
                    forms.labelOf(a.formKey(), a.field())),
                    new DescriptionList.Description(forms.display(a))));
            add(terms);
        }
        Map<String, String> draft = forms.draft(itemId, user);
        if (draft.isEmpty()) {
            // Asked again (a contract sent back with a concern): start from what they answered last.
            draft = forms.lastAnswers(item, form, user);
        }
        add(errors);
        for (Field field : form.fields()) {
            Component input = input(field, draft.get(field.name()));
            inputs.put(field.name(), (HasValue<?, ?>) input);
            errors.bind(field.name(), input);
            add(input);
        }
        submit.setText(form.submitLabel());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> send());
        saveDraft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveDraft.addClickListener(e -> {
            try {
                forms.saveDraft(itemId, user, values());
                Notification.show("Draft saved. You can come back to it from My tasks.", 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException | WorkItemUnavailableException notSaved) {
                // Say so: a person who thinks their draft is safe may close the tab and lose it.
                Notification.show("Your draft was not saved. " + notSaved.getMessage(), 8000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new HorizontalLayout(submit, saveDraft));
    }

    /**
     * What the person needs to decide, for the tasks that need more than the form: the request for
     * a coach asked to take it on, the other person in a chemistry check, the reason a relationship
     * ended early for the pool team. Each service gives only what this viewer may read.
     */
    private void context(WorkItem item) {
        if (item.caseId() == null) {
            return;
        }
        var caseId = item.caseId();
        switch (item.elementId()) {
            case RelationshipProcess.TASK_OFFER, RelationshipProcess.TASK_OFFER_TO_MENTORS ->
                    requests.details(caseId, user).ifPresent(r -> add(new RequestPanel("What they are asking for", r)));
            case RelationshipProcess.TASK_COACH_CHEMISTRY -> requests.details(caseId, user).ifPresent(r -> {
                add(new Paragraph("Your first conversation is with " + r.thinkerName() + ". Arrange it first, then "
                        + "say here whether you think you could work well together. If not, your reason stays with "
                        + "you and the pool team."));
                // The conversation is arranged on the meetings page, which this task used to leave unmentioned.
                add(new Anchor(Meetings.page(caseId),
                        "Arrange the first conversation"));
                add(new RequestPanel("What they are asking for", r));
            });
            case RelationshipProcess.TASK_THINKER_CHEMISTRY -> cases.find(caseId, user)
                    .filter(c -> c.coachName() != null)
                    .ifPresent(c -> add(new Paragraph("Your first conversation is with " + c.coachName() + ". After "
                            + "it, say whether you feel you could work well together. It is fine to say no: you will be "
                            + "matched with someone else, and your reason stays with you and the pool team."),
                            new Anchor(Meetings.page(caseId),
                                    "See when the first conversation is")));
            case RelationshipProcess.TASK_RECORD_CONTRACT -> {
                parties(caseId);
                var concerns = forms.contractConcerns(item.caseId(), user);
                if (!concerns.isEmpty()) {
                    add(new H2(concerns.size() == 1 ? "A concern about the contract" : "Concerns about the contract"));
                    concerns.forEach(c -> add(new Paragraph(c.byName() + " did not agree to the contract as it was: "
                            + "\u201c" + c.comment() + "\u201d")));
                    add(new Paragraph("Change the contract below, talking it through with them if it helps, and record "
                            + "it again. Your last terms are filled in. Everyone is then asked to agree again."));
                }
            }
            case RelationshipProcess.TASK_THINKER_CONFIRMS, RelationshipProcess.TASK_SPONSOR_CONFIRMS -> parties(caseId);
            case RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END -> sessions.lastEarlyEnd(caseId, user)
                    .ifPresent(end -> add(new H2("Why it ended"), new Paragraph(end.byName() + " ended it on "
                            + UkDates.date(end.at()) + ": \u201c" + end.reason() + "\u201d")));
            default -> {
                // A task an admin added with a linked form has no screen of its own: the request is the
                // context its person needs, shown as far as the service lets them read it.
                if (item.formKey() != null && item.formKey().matches("\\d{1,19}")) {
                    requests.details(caseId, user).ifPresent(r -> add(new RequestPanel("What they are asking for", r)));
                }
            }
        }
    }

    /** Names the three people a contract is between, as a contract does. */
    private void parties(CaseId caseId) {
        cases.find(caseId, user).ifPresent(c -> add(new Paragraph("This contract is between " + c.thinkerName()
                + " (the thinker), " + (c.coachName() == null ? "their coach or mentor" : c.coachName()
                + " (their coach or mentor)") + " and " + c.sponsorName() + " (their sponsor).")));
    }

    private static Component input(Field field, String draft) {
        return switch (field) {
            case Field.Choice choice -> radio(choice.label(), choice.options(), draft);
            case Field.Volunteer v -> radio(v.label(), Map.of("YES", "Yes, I would like to", "NO", "Not this time"),
                    draft);
            case Field.Rating r -> radio(r.label(), ratings(), draft);
            case Field.Count count -> {
                var number = NumberFields.wholeNumber(count.label());
                number.setMin(count.min());
                number.setMax(count.max());
                number.setStepButtonsVisible(true);
                number.setValue(draft == null ? count.suggested() : Integer.valueOf(draft));
                yield number;
            }
            case Field.FutureDate date -> {
                var picker = UkDates.picker(date.label());
                picker.setMin(LocalDate.now().plusDays(1));
                picker.setMax(Field.FutureDate.latest(LocalDate.now()));
                if (draft != null) {
                    picker.setValue(LocalDate.parse(draft));
                }
                yield picker;
            }
            case Field.Confirm confirm -> {
                var box = new Checkbox(confirm.label());
                box.setValue("true".equals(draft));
                yield box;
            }
            case Field.Text text -> {
                // Needed unless the label says "(optional)", as on GOV.UK forms; no required markers.
                var area = new TextArea(text.requiredWhen().isEmpty() ? text.label() + " (optional)" : text.label());
                area.setWidthFull();
                area.setValue(draft == null ? "" : draft);
                CharacterCount.attach(area, TaskForms.TEXT_MAX, text.helper().isEmpty() ? null : text.helper());
                yield area;
            }
        };
    }

    private static Map<String, String> ratings() {
        Map<String, String> ratings = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            ratings.put(Integer.toString(i), Integer.toString(i));
        }
        return ratings;
    }

    private static RadioButtonGroup<String> radio(String label, Map<String, String> options, String draft) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(List.copyOf(options.keySet()));
        group.setItemLabelGenerator(options::get);
        if (options.values().stream().anyMatch(option -> option.length() > 3)) {
            // Sentences read best one per line; a row of short ratings stays a row.
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        if (draft != null && options.containsKey(draft)) {
            group.setValue(draft);
        }
        return group;
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            Object value = input.getValue();
            if (value != null) {
                values.put(name, value.toString());
            }
        });
        return values;
    }

    private void send() {
        TaskPages.submit(errors, () -> forms.submit(itemId, user, values()), "Done. Thank you.", submit);
    }

    @Override
    public String getPageTitle() {
        return title + " | Coaching Pool";
    }
}
