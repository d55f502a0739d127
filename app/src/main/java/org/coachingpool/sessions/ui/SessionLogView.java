package org.coachingpool.sessions.ui;

import com.vaadin.flow.component.details.Details;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.ErrorSummary;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coachingpool.calendar.Meeting;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.UkDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.worklist.TaskDrafts;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.platform.NumberFields;

/** The coach logs a session: when, how long, how; notes private to them, actions shared with the thinker. */
@Route(value = TaskRoute.PREFIX + RelationshipProcess.FORM_SESSION_LOG + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Log a session | Coaching Pool")
@RolesAllowed(Role.COACH_ROLE)
public class SessionLogView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskPages pages;

    static final String STOKERS = "Subject:\n\nTime:\n\nOutcome:\n\nKnowledge:\n\nRole:\n\nStart:\n";
    static final String GROW = "Goal:\n\nReality:\n\nOptions:\n\nWill:\n";

    final DatePicker heldOn = UkDates.picker("Date of the session");
    final IntegerField minutes = NumberFields.wholeNumber("Length in minutes");
    final RadioButtonGroup<SessionEntry.Modality> modality = new RadioButtonGroup<>("How you met");
    final TextArea notes = new TextArea("Your notes (seen by you only)");
    final TextArea actions = new TextArea("Agreed actions (shared with the thinker)");
    final Button log = new Button("Log session");
    final Button saveDraft = new Button("Save draft");
    final ErrorSummary errors = new ErrorSummary();
    final RadioButtonGroup<String> scheduled = new RadioButtonGroup<>("Which session are you logging?");
    static final String OTHER = "other";
    static final DateTimeFormatter WHEN = UkDates.DAY_DATE_TIME;
    private Map<String, Meeting> arranged = Map.of();
    private final Meetings meetings;
    private final Sessions sessions;
    private final TaskDrafts drafts;
    private final CurrentUser user;
    private WorkItemId itemId;

    public SessionLogView(Sessions sessions, TaskDrafts drafts, TaskPages pages, CurrentUsers users, Clock clock,
            Meetings meetings) {
        this.meetings = meetings;
        this.pages = pages;
        this.sessions = sessions;
        this.drafts = drafts;
        this.user = users.require();
        setMaxWidth("48rem");
        heldOn.setMax(LocalDate.now(clock));
        heldOn.setValue(LocalDate.now(clock));
        minutes.setMin(15);
        minutes.setMax(480);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(90);
        modality.setItems(SessionEntry.Modality.values());
        modality.setItemLabelGenerator(m -> switch (m) {
            case IN_PERSON -> "In person";
            case VIRTUAL -> "Video call";
            case PHONE -> "Phone";
        });
        notes.setWidthFull();
        notes.setMinHeight("12rem");
        CharacterCount.attach(notes, Sessions.TEXT_MAX,
                "Nobody else, not the sponsor or the pool team, can read these notes.");
        actions.setWidthFull();
        CharacterCount.attach(actions, Sessions.TEXT_MAX, null);
        errors.bind("heldOn", heldOn).bind("minutes", minutes).bind("modality", modality).bind("notes", notes)
                .bind("actions", actions);
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.setDisableOnClick(true);
        log.addClickListener(e -> send());
        saveDraft.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveDraft.addClickListener(e -> keepDraft());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> {
            var task = sessions.checkLogTask(id, user);
            var number = sessions.numberOf(task, user);
            offerScheduled(meetings.sessionsToLog(task.caseId(), user));
            var stokers = new Button("Use the STOKeRS template", e -> notes.setValue(notes.getValue() + STOKERS));
            var grow = new Button("Use the GROW template", e -> notes.setValue(notes.getValue() + GROW));
            stokers.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            grow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            resume(drafts.load(id, user));
            add(new H1("Log a session"), new Paragraph(whichSession(number, task.thinkerName())), errors);
            if (scheduled.isVisible()) {
                add(scheduled);
            }
            var templates = new Details("What are STOKeRS and GROW?",
                    new Paragraph("Two common ways to structure a coaching or mentoring conversation. Each button "
                            + "adds its headings to your notes, for you to fill in."),
                    new Paragraph("STOKeRS, for agreeing what a session is for: Subject (what to talk about), Time "
                            + "(how long), Outcome (what you want by the end), Knowledge (what you know already), "
                            + "Role (how the coach or mentor can help), Start (where to begin)."),
                    new Paragraph("GROW, for working through a topic: Goal (what you want), Reality (where things "
                            + "are now), Options (what could be done), Will (what you will do, and when)."));
            add(heldOn, minutes, modality, templates, new HorizontalLayout(stokers, grow), notes,
                    actions, new HorizontalLayout(log, saveDraft));
        }).orElse(null);
    }

    /**
     * Sessions arranged in the service that have begun: choosing one fills in its date, length and
     * how people met, and marks it held once logged.
     */
    private void offerScheduled(List<Meeting> arranged) {
        scheduled.setVisible(!arranged.isEmpty());
        if (arranged.isEmpty()) {
            return;
        }
        var labels = new LinkedHashMap<String, String>();
        var byId = new HashMap<String, Meeting>();
        for (var meeting : arranged) {
            var start = meeting.startsAt().atZone(UkDates.UK_TIME);
            labels.put(meeting.id().toString(), WHEN.format(start) + ", " + meeting.minutes() + " minutes, "
                    + meeting.mode().label().toLowerCase(Locale.UK));
            byId.put(meeting.id().toString(), meeting);
        }
        labels.put(OTHER, "A session that was not arranged here");
        scheduled.setItems(labels.keySet());
        scheduled.setItemLabelGenerator(labels::get);
        scheduled.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        scheduled.addValueChangeListener(e -> {
            var meeting = byId.get(e.getValue());
            if (meeting == null) {
                return;
            }
            heldOn.setValue(LocalDate.ofInstant(meeting.startsAt(), UkDates.UK_TIME));
            minutes.setValue(meeting.minutes());
            modality.setValue(SessionEntry.Modality.valueOf(meeting.mode().name()));
        });
        this.arranged = byId;
    }

    /** "Session 2 of 6 with Priya Shah.": which one this is, so two relationships are not mixed up. */
    static String whichSession(Sessions.SessionNumber number, String thinkerName) {
        String with = thinkerName == null ? "" : " with " + thinkerName;
        if (number.planned() == null) {
            return "Session " + number.number() + with + ".";
        }
        if (number.number() > number.planned()) {
            return "Session " + number.number() + with + ": the contract planned " + number.planned()
                    + (number.planned() == 1 ? " session." : " sessions.");
        }
        return "Session " + number.number() + " of " + number.planned() + with + ".";
    }

    /** Half-written notes stay with their author until the session is logged. */
    private void keepDraft() {
        var values = new HashMap<String, String>();
        if (heldOn.getValue() != null) {
            values.put("heldOn", heldOn.getValue().toString());
        }
        if (minutes.getValue() != null) {
            values.put("minutes", minutes.getValue().toString());
        }
        if (modality.getValue() != null) {
            values.put("modality", modality.getValue().name());
        }
        values.put("notes", notes.getValue());
        values.put("actions", actions.getValue());
        try {
            drafts.save(itemId, user, values);
            Notification.show("Draft saved. Only you can see it.", 3000, Notification.Position.TOP_CENTER);
        } catch (InvalidInputException notSaved) {
            errors.show(notSaved);
            Notification.show("Your draft was not saved. " + notSaved.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (WorkItemUnavailableException gone) {
            Notification.show(gone.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void resume(Map<String, String> draft) {
        if (draft.containsKey("heldOn")) {
            heldOn.setValue(LocalDate.parse(draft.get("heldOn")));
        }
        if (draft.containsKey("minutes")) {
            minutes.setValue(Integer.valueOf(draft.get("minutes")));
        }
        if (draft.containsKey("modality")) {
            modality.setValue(SessionEntry.Modality.valueOf(draft.get("modality")));
        }
        notes.setValue(draft.getOrDefault("notes", ""));
        actions.setValue(draft.getOrDefault("actions", ""));
    }

    private void send() {
        var from = scheduled.getValue() == null ? null : arranged.get(scheduled.getValue());
        TaskPages.submit(errors, () -> sessions.log(itemId, user, new SessionEntry(heldOn.getValue(),
                minutes.getValue() == null ? 0 : minutes.getValue(), modality.getValue(), notes.getValue(),
                actions.getValue()), from == null ? null : from.id()), "Session logged.", log);
    }
}
