package org.coachingpool.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coachingpool.calendar.Meeting;
import org.coachingpool.calendar.MeetingId;
import org.coachingpool.calendar.MeetingKind;
import org.coachingpool.calendar.MeetingMode;
import org.coachingpool.calendar.MeetingPlan;
import org.coachingpool.calendar.MeetingState;
import org.coachingpool.calendar.MeetingUnavailableException;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.platform.NumberFields;

/**
 * The meetings of one relationship: what is arranged, and for the coach or mentor (or the pool
 * team) a form to arrange, move or cancel one. Each change emails everyone taking part a
 * calendar invitation that adds, updates or removes the event.
 */
// The same path as Meetings.page(caseId), which other features and email link to.
@Route(value = CaseNavigation.MEETINGS_ROUTE, layout = MainLayout.class)
@PermitAll
public class MeetingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    final RadioButtonGroup<MeetingKind> kind = new RadioButtonGroup<>("What is the meeting for?");
    final DatePicker date = UkDates.picker("Date");
    /**
     * A text field, as GOV.UK asks for times: the time picker turned "25:99" into 02:39 in the
     * browser, so the server never saw what was typed (issue 27).
     */
    final TextField startTime =
            new TextField("Start time");
    final IntegerField minutes = NumberFields.wholeNumber("Length in minutes");
    final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>("How will you meet?");
    final Button arrange = new Button();
    final Button stopChanging = new Button("Stop changing and keep it as it is");
    final ErrorSummary errors = new ErrorSummary();
    final Paragraph done = new Paragraph();
    final Div list = new Div();
    final H2 formHeading = new H2();

    private final Meetings meetings;
    private final Cases cases;
    private final CurrentUser viewer;
    private CaseSummary summary;
    private String title = "Meetings";
    /** Chosen when the form opens, so sending it twice arranges one meeting. */
    private MeetingId newId = MeetingId.random();
    private Meeting changing;

    public MeetingsView(Meetings meetings, Cases cases, CurrentUsers users, Clock clock) {
        this.meetings = meetings;
        this.cases = cases;
        this.viewer = users.require();
        setMaxWidth("48rem");
        done.addClassNames("notification-banner", "success");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(MeetingKind::label);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && changing == null) {
                minutes.setValue(e.getValue().usualMinutes());
            }
        });
        date.setMin(LocalDate.now(clock.withZone(UkDates.UK_TIME)));
        startTime.setPlaceholder("HH:MM");
        startTime.setMaxLength(5);
        startTime.setWidth("8rem");
        startTime.setHelperText("UK time, on the 24-hour clock, for example 14:30");
        minutes.setMin(15);
        minutes.setMax(480);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(MeetingMode::label);
        mode.setHelperText("Agree the place or the call link with the others: it is not kept here or put in the "
                + "invitation.");
        errors.bind("kind", kind).bind("date", date).bind("startTime", startTime).bind("minutes", minutes)
                .bind("mode", mode);
        arrange.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        arrange.setDisableOnClick(true);
        arrange.addClickListener(e -> send());
        stopChanging.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stopChanging.addClickListener(e -> startNew());
    }

    @Override
    public String getPageTitle() {
        return title + " | Coaching Pool";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        summary = event.getRouteParameters().get(CaseNavigation.ID).flatMap(CaseId::fromText)
                .flatMap(id -> cases.find(id, viewer)).orElse(null);
        if (summary == null) {
            title = "Case not found";
            add(new H1("Case not found"), new Paragraph("This case does not exist or is not one you take part in."));
            return;
        }
        title = "Meetings for case " + summary.reference();
        add(new H1("Meetings"), new Paragraph("Case " + summary.reference() + ": " + summary.thinkerName()
                + (summary.coachName() == null ? "" : " with " + summary.coachName()) + "."), done);
        add(new H2("Arranged"), list);
        showMeetings();
        if (meetings.mayArrange(summary, viewer)) {
            add(formHeading, new Paragraph("Everyone taking part gets an email with a calendar invitation for "
                    + "Outlook, Google Calendar or any other calendar. Contracting and the review include the sponsor, "
                    + summary.sponsorName() + "; the chemistry conversation and sessions do not."), errors, kind, date,
                    startTime, minutes, mode, new HorizontalLayout(arrange, stopChanging));
            startNew();
        } else if (!summary.stage().isFinal() && summary.coach() == null) {
            add(new Paragraph("Meetings can be arranged once a coach or mentor has taken this on."));
        } else if (!summary.stage().isFinal()) {
            add(new Paragraph("The coach or mentor arranges meetings; you get a calendar invitation by email for each "
                    + "one you are in. If a time does not suit you, tell them."));
        }
        add(new Anchor(CaseNavigation.path(summary.id()), "Back to case " + summary.reference()));
    }

    private void showMeetings() {
        list.removeAll();
        List<Meeting> found = meetings.forCase(summary.id(), viewer);
        if (found.isEmpty()) {
            list.add(new Paragraph("No meetings arranged yet."));
            return;
        }
        boolean arranges = meetings.mayArrange(summary, viewer);
        var table = new Div();
        table.addClassName("meeting-list");
        for (Meeting meeting : found) {
            table.add(row(meeting, arranges));
        }
        list.add(table);
    }

    private Component row(Meeting meeting, boolean arranges) {
        var item = new Div();
        item.addClassName("meeting");
        var what = new Span(meeting.kind().label());
        what.addClassName("meeting-kind");
        String when = describe(meeting);
        var detail = new Span(when + ". " + meeting.mode().label() + ". " + who(meeting.participants()) + ".");
        detail.addClassName("meeting-when");
        var status = new Span(meeting.state().label());
        status.addClassName("status-tag");
        if (meeting.state() != MeetingState.SCHEDULED) {
            status.addClassName("grey");
        }
        item.add(what, status, detail);
        if (arranges && meeting.state() == MeetingState.SCHEDULED) {
            var change = new Button("Change", e -> startChange(meeting));
            change.getElement().setAttribute("aria-label", "Change the " + meeting.kind().label().toLowerCase(Locale.UK)
                    + " on " + when);
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var cancel = new Button("Cancel meeting", e -> confirmCancel(item, meeting, when));
            cancel.getElement().setAttribute("aria-label", "Cancel the " + meeting.kind().label().toLowerCase(Locale.UK)
                    + " on " + when);
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            item.add(new HorizontalLayout(change, cancel));
        }
        return item;
    }

    /** "With you and Alex Morgan": the reader is not named to themselves. */
    String who(List<String> participants) {
        var others = new ArrayList<>(participants);
        boolean you = others.remove(viewer.displayName());
        if (you) {
            others.addFirst("you");
        }
        if (others.size() == 1) {
            return "With " + others.getFirst();
        }
        return "With " + String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.getLast();
    }

    static String describe(Meeting meeting) {
        return WHEN.format(meeting.startsAt().atZone(UkDates.UK_TIME)) + " to "
                + TIME.format(meeting.endsAt().atZone(UkDates.UK_TIME));
    }

    /** Cancelling tells everyone, so it is asked once more in the row itself. */
    private void confirmCancel(Div item, Meeting meeting, String when) {
        var question = new Paragraph("Cancel the " + meeting.kind().label().toLowerCase(Locale.UK) + " on " + when
                + "? Everyone taking part is emailed and it is removed from their calendars.");
        var yes = new Button("Yes, cancel it");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.setDisableOnClick(true);
        var no = new Button("No, keep it", e -> showMeetings());
        no.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        yes.addClickListener(e -> {
            try {
                meetings.cancel(meeting.id(), meeting.sequence(), viewer);
                confirm("Cancelled the " + meeting.kind().label().toLowerCase(Locale.UK) + " on " + when
                        + ". Everyone taking part has been emailed.");
            } catch (MeetingUnavailableException gone) {
                confirm(gone.getMessage());
            }
            startNew();
        });
        var box = new Div(question, new HorizontalLayout(yes, no));
        box.addClassName("meeting-cancel");
        item.add(box);
        yes.focus();
    }

    private void startNew() {
        changing = null;
        newId = MeetingId.random();
        formHeading.setText("Arrange a meeting");
        arrange.setText("Arrange and send invitations");
        stopChanging.setVisible(false);
        errors.clear();
        kind.setValue(null);
        date.clear();
        startTime.clear();
        minutes.setValue(null);
        mode.setValue(null);
        arrange.setEnabled(true);
    }

    private void startChange(Meeting meeting) {
        changing = meeting;
        formHeading.setText("Change the " + meeting.kind().label().toLowerCase(Locale.UK));
        arrange.setText("Save and send the update");
        stopChanging.setVisible(true);
        errors.clear();
        var start = meeting.startsAt().atZone(UkDates.UK_TIME);
        kind.setValue(meeting.kind());
        date.setValue(start.toLocalDate());
        startTime.setValue(String.format(Locale.UK, "%02d:%02d", start.getHour(), start.getMinute()));
        minutes.setValue(meeting.minutes());
        mode.setValue(meeting.mode());
        done.setVisible(false);
        date.focus();
    }

    private void send() {
        String typedTime = startTime.getValue() == null ? "" : startTime.getValue().strip();
        LocalTime time = timeOf(typedTime);
        var plan = new MeetingPlan(kind.getValue(), date.getValue(), time, minutes.getValue(), mode.getValue());
        try {
            if (changing == null) {
                meetings.schedule(newId, summary.id(), plan, viewer);
                confirm("Arranged: " + plan.kind().label().toLowerCase(Locale.UK) + " on "
                        + WHEN.format(plan.date().atTime(plan.startTime())) + ". Everyone taking part has been emailed "
                        + "a calendar invitation.");
            } else {
                meetings.change(changing.id(), plan, changing.sequence(), viewer);
                confirm("Changed: " + plan.kind().label().toLowerCase(Locale.UK) + " now on "
                        + WHEN.format(plan.date().atTime(plan.startTime())) + ". Everyone taking part has been emailed "
                        + "the update.");
            }
            startNew();
        } catch (InvalidInputException invalid) {
            errors.show(time != null || typedTime.isEmpty() ? invalid : new InvalidInputException(invalid.problems()
                    .stream().map(p -> "startTime".equals(p.field()) ? new InvalidInputException.Problem("startTime",
                            "Enter a start time from 00:00 to 23:59 on the 24-hour clock, for example 14:30.") : p)
                    .toList()));
            arrange.setEnabled(true);
        } catch (MeetingUnavailableException gone) {
            confirm(gone.getMessage());
            startNew();
        }
    }

    /** The time typed, if it is one: hours 0 to 23 and minutes 0 to 59, with a colon or a full stop. */
    static LocalTime timeOf(String typed) {
        var parts = Pattern.compile("(\\d{1,2})[:.](\\d{2})").matcher(typed);
        if (!parts.matches()) {
            return null;
        }
        int hour = Integer.parseInt(parts.group(1));
        int minute = Integer.parseInt(parts.group(2));
        return hour <= 23 && minute <= 59 ? LocalTime.of(hour, minute) : null;
    }

    /** The confirmation is at the top of the page, out of sight of the button: it is brought into view. */
    private void confirm(String text) {
        done.setText(text);
        done.setVisible(true);
        done.getElement().setAttribute("tabindex", "-1");
        done.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus({preventScroll: true});");
        showMeetings();
    }
}
