package org.coachingpool.casefile.ui;

import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.platform.UkDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coachingpool.calendar.MeetingState;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.casefile.CaseDiagrams;
import org.coachingpool.casefile.CaseDiagrams.CaseDiagram;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.forms.Answer;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.incidents.CaseProblem;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.matching.WaitingList;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.request.Requests;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.sessions.SessionRecord;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageOutcome;
import org.coachingpool.worklist.Worklist;

/**
 * One case as the viewer may see it: every part comes from a service that filters by the
 * viewer, so a guessed id shows nothing and session notes reach nobody but their author.
 */
@Route(value = CaseNavigation.CASE_ROUTE, layout = MainLayout.class)
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The page title names the case or task, so browser tabs and history tell pages apart. */
    private String title = "Case";

    private static final DateTimeFormatter DATE = UkDates.DATE;

    private final Cases cases;
    private final Sessions sessions;
    private final TaskForms forms;
    private final CaseDiagrams diagrams;
    private final CurrentUser viewer;

    private final Incidents incidents;
    private final Requests requests;
    private final WaitingList waitingList;

    private final Meetings meetings;
    private final Triage triage;
    private final Clock clock;
    private final Worklist worklist;

    public CaseView(Cases cases, Sessions sessions, TaskForms forms, CaseDiagrams diagrams, Incidents incidents,
            Requests requests, WaitingList waitingList,
            Meetings meetings, Clock clock, CurrentUsers users,
            Triage triage, Worklist worklist) {
        this.worklist = worklist;
        this.triage = triage;
        this.meetings = meetings;
        this.clock = clock;
        this.waitingList = waitingList;
        this.cases = cases;
        this.requests = requests;
        this.incidents = incidents;
        this.diagrams = diagrams;
        this.sessions = sessions;
        this.forms = forms;
        this.viewer = users.require();
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CaseSummary summary = event.getRouteParameters().get(CaseNavigation.ID).flatMap(CaseId::fromText)
                .flatMap(id -> cases.visit(id, viewer)).orElse(null);
        if (summary == null) {
            title = "Case not found";
            add(new H1("Case not found"), new Paragraph("This case does not exist or is not one you take part in."));
            return;
        }
        title = "Case " + summary.reference();
        add(new H1("Case " + summary.reference()), new Paragraph("Stage: " + summary.stage().label()));
        var problems = incidents.openFor(summary.id(), viewer);
        if (!problems.isEmpty()) {
            add(problems(problems));
        } else if (incidents.isDelayed(summary.id())) {
            add(delay());
        }
        waitingList.waitingSince(summary.id(), viewer).ifPresent(since -> {
            var waiting = new Paragraph("Waiting for a coach or mentor since " + date(since) + ". Nobody in the "
                    + "pool who could take this on has a place free at the moment. As soon as someone has, the pool "
                    + "team is asked to match it: there is nothing you need to do.");
            waiting.addClassName("case-delay");
            waiting.getElement().setAttribute("role", "status");
            add(waiting);
        });
        if (viewer.has(Role.POOL_ADMIN)) {
            diagrams.forCase(summary.id(), viewer).ifPresent(this::addDiagram);
        } else {
            add(new H2("Where things are"), new CaseTimeline(summary.stage()));
        }

        // The request, for those who may read it (the thinker, the coach or mentor, the pool team).
        requests.details(summary.id(), viewer).ifPresent(request -> add(new RequestPanel("The request", request)));

        triage.outcome(summary.id(), viewer).ifPresent(this::addTriage);

        add(new H2("People"));
        add(list("Thinker: " + summary.thinkerName(), "Sponsor: " + summary.sponsorName(),
                "Coach or mentor: " + (summary.coachName() == null ? "not matched yet" : summary.coachName())));

        add(new H2("What has happened"));
        var milestones = worklist.milestones(summary.id(), viewer);
        add(milestones.isEmpty() ? new Paragraph("Nothing completed yet.")
                : list(milestones.stream().map(m -> date(m.at()) + ": " + m.title()
                        + (m.by() == null ? "" : " (" + m.by() + ")")).toArray(String[]::new)));

        addMeetings(summary);

        add(new H2("Sessions"));
        var held = sessions.forCase(summary.id(), viewer);
        add(held.isEmpty() ? new Paragraph("No sessions logged yet.") : list(held.stream().map(this::session)
                .toArray(String[]::new)));

        var answers = forms.answers(summary.id(), null, viewer);
        if (!answers.isEmpty()) {
            add(new H2("Agreed and recorded"));
            add(list(answers.stream().map(this::answer).toArray(String[]::new)));
        }

        boolean party = summary.thinker().equals(viewer.id()) || viewer.id().equals(summary.coach());
        if (party && summary.stage() == Stage.SESSIONS) {
            add(endEarly(summary));
        }
        if (viewer.id().equals(summary.coach()) && !summary.stage().isFinal()) {
            add(new H2("Worried about someone's safety?"), new Paragraph("If what you have heard means someone is at "
                    + "serious risk of harm, or you have learned of illegal activity, a serious breach of policy or a "
                    + "court order, tell the pool's safeguarding lead. Only they will see it."),
                    new Anchor(Safeguarding.page(summary.id()),
                            "Raise a safeguarding concern"));
        }
        add(new Anchor("", "Go to your tasks"));
    }

    /** What is arranged next, and the way to the meetings page (where the coach arranges them). */
    /** The pool team's triage decision; for a signposted thinker, the guidance written for them. */
    private void addTriage(TriageOutcome outcome) {
        if (!viewer.has(Role.POOL_ADMIN)) {
            var guidance = new Paragraph(outcome.guidance());
            guidance.getStyle().set("white-space", "pre-wrap");
            add(new H2("Other support for you"), new Paragraph("The pool team read your request on "
                    + date(outcome.decidedAt()) + " and thinks other support would help you more at the moment:"),
                    guidance);
            return;
        }
        add(new H2("Triage"));
        String decided = switch (outcome.decision()) {
            case COACHING -> "coaching";
            case MENTORING -> "mentoring";
            case SIGNPOST -> "other support suggested";
        };
        String proposed = outcome.proposal() == null ? "" : outcome.proposal().toLowerCase().replace('_', ' ');
        var facts = new ArrayList<String>();
        facts.add("Decided on " + date(outcome.decidedAt()) + ": " + decided
                + (proposed.isEmpty() ? "" : " (the triage table proposed " + proposed + ")"));
        if (outcome.reason() != null) {
            facts.add("Reason: " + outcome.reason());
        }
        if (outcome.guidance() != null) {
            facts.add("Guidance for the thinker: " + outcome.guidance());
        }
        add(list(facts.toArray(String[]::new)));
    }

    private void addMeetings(CaseSummary summary) {
        var found = meetings.forCase(summary.id(), viewer);
        boolean arranges = meetings.mayArrange(summary, viewer);
        if (found.isEmpty() && !arranges) {
            return;
        }
        add(new H2("Meetings"));
        var now = Instant.now(clock);
        var coming = found.stream()
                .filter(m -> m.state() == MeetingState.SCHEDULED && m.endsAt().isAfter(now))
                .limit(3)
                .map(m -> m.kind().label() + ": " + UkDates.dateTime(m.startsAt()) + " (" + m.mode().label()
                        .toLowerCase(Locale.UK) + ")")
                .toArray(String[]::new);
        add(coming.length == 0 ? new Paragraph("Nothing arranged from today on.") : list(coming));
        add(new Anchor(Meetings.page(summary.id()), arranges ? "Arrange, move or cancel meetings"
                : "See all meetings"));
    }

    /** For pool admins: what stopped the case, where, since when, the engine's words, and a retry. */
    private VerticalLayout problems(List<CaseProblem> problems) {
        var section = new VerticalLayout(new H2("This case has stopped"));
        section.addClassName("case-problem");
        section.setPadding(false);
        for (CaseProblem problem : problems) {
            var facts = list(problem.kind() == CaseProblem.Kind.NOT_STARTED
                            ? "Step: the process did not start in the engine"
                            : "Step: " + problem.step(),
                    "Since: " + UkDates.dateTime(problem.since()),
                    "What the engine said: " + problem.message());
            problem.retriedAt().ifPresent(at -> facts.add(new ListItem("Tried again at "
                    + UkDates.dateTime(at) + "; if it fails again it shows here.")));
            var retry = new Button("Try again");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            retry.setDisableOnClick(true);
            retry.getElement().setAttribute("aria-label", "Try again: " + problem.summary());
            retry.addClickListener(e -> {
                try {
                    incidents.retry(problem.id(), viewer);
                    Notification.show("Asked the engine to try again. Reload this page in a few seconds to see the "
                            + "result.", 6000, Notification.Position.TOP_CENTER);
                } catch (InvalidInputException refused) {
                    Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    retry.setEnabled(true);
                }
            });
            problem.correction().ifPresent(done -> facts.add(new ListItem("Put right: " + done)));
            section.add(facts, retry);
            incidents.decisionBehind(problem.id(), viewer).ifPresent(decision -> {
                var again = new Button("Work out \u201c" + decision.decisionName() + "\u201d again and try again");
                again.setDisableOnClick(true);
                again.addClassName("work-out-again");
                again.addClickListener(e -> {
                    try {
                        incidents.workOutAgainAndRetry(problem.id(), viewer);
                        Notification.show("Worked out \u201c" + decision.decisionName() + "\u201d again and asked the "
                                + "engine to try again. Reload this page in a few seconds to see the result.", 6000,
                                Notification.Position.TOP_CENTER);
                    } catch (InvalidInputException refused) {
                        Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                        again.setEnabled(true);
                    }
                });
                section.add(new Paragraph("This step uses what the \u201c" + decision.decisionName() + "\u201d table gave"
                        + " when the case reached it, and the engine could not use it. Once the table is put right"
                        + " (Processes and decision tables), this works the table out again for this case, gives the"
                        + " case the new values in place of the old ones, and tries the step again. What it had before"
                        + " is kept here and in the audit log."), again);
            });
        }
        section.add(new Paragraph("Fix the cause first (for example a decision table the process uses, or the engine"
                + " being unreachable), then try again. The people in the case are told only that there is a delay."));
        return section;
    }

    /** For the people in the case: that it is held up and that the pool team knows; nothing technical. */
    private static Paragraph delay() {
        var text = new Paragraph("There is a delay with this case on our side. The pool team has been told and will "
                + "put it right. You do not need to do anything.");
        text.addClassName("case-delay");
        text.getElement().setAttribute("role", "status");
        return text;
    }

    private void addDiagram(CaseDiagram diagram) {
        add(new H2("Where the case is in the process"));
        String where = diagram.currentNames().isEmpty() ? "Not started yet."
                : "Current step: " + String.join(", ", diagram.currentNames()) + ".";
        var text = new Paragraph(where);
        text.addClassName("current-step-text");
        add(text);
        var picture = new ProcessDiagram(diagram.bpmnXml(), diagram.currentElements(),
                "Diagram of the relationship process. " + where + " The current step is outlined in blue. Drag or use"
                        + " the arrow keys to move around it.");
        var whole = new Button("Show the whole process", e -> picture.showAll());
        var current = new Button("Show the current step", e -> picture.showCurrent());
        whole.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        current.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        current.setEnabled(!diagram.currentElements().isEmpty());
        add(picture, new HorizontalLayout(whole, current));
    }

    /** Either party may end a relationship that is not working; the reason goes to the pool team only. */
    private VerticalLayout endEarly(CaseSummary summary) {
        var reason = new TextArea("Why is it not working? (seen by you and the"
                + " pool team only)");
        reason.setWidthFull();
        CharacterCount.attach(reason, Sessions.TEXT_MAX, null);
        var end = new Button("End this relationship early");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.setDisableOnClick(true);
        end.addClickListener(e -> {
            try {
                sessions.endEarly(summary.id(), viewer, reason.getValue());
                Notification.show(
                        "The pool team will be in touch about what happens next.", 5000,
                        Notification.Position.TOP_CENTER);
                getUI().ifPresent(ui -> ui.navigate(MyRelationshipsView.class));
            } catch (InvalidInputException problem) {
                reason.setErrorMessage(problem.getMessage());
                reason.setInvalid(true);
                end.setEnabled(true);
            }
        });
        var section = new VerticalLayout(new H2("Not working?"), reason, end);
        section.setPadding(false);
        section.addClassName("end-early");
        return section;
    }

    private String session(SessionRecord s) {
        String line = s.heldOn().format(DATE) + ", " + s.minutes() + " minutes, " + switch (s.modality()) {
            case IN_PERSON -> "in person";
            case VIRTUAL -> "video call";
            case PHONE -> "phone";
        };
        if (s.sharedActions() != null) {
            line += ". Agreed actions: " + s.sharedActions();
        }
        if (s.privateNotes() != null) {
            line += ". Your notes: " + s.privateNotes();
        }
        return line;
    }

    private String answer(Answer a) {
        return forms.labelOf(a.formKey(), a.field()) + " (" + a.authorName() + "): " + forms.display(a);
    }

    private static String date(Instant at) {
        return UkDates.date(at);
    }

    private static UnorderedList list(String... lines) {
        var list = new UnorderedList();
        for (String line : lines) {
            list.add(new ListItem(line));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " | Coaching Pool";
    }
}
