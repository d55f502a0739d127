package org.coachingpool.modeller.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.modeller.Draft;
import org.coachingpool.modeller.DraftId;
import org.coachingpool.modeller.Finding;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * Editing a draft: the modeller with Camunda's rules checked as the admin works, every change
 * saved on the server a moment later, the app's own rules on request and before deploy, what
 * the draft changes against the live version, and the deploy itself with a comment.
 */
@Route(value = "processes/drafts/:draft", layout = MainLayout.class)
@RolesAllowed(Role.PROCESS_ADMIN_ROLE)
public class ProcessEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Span saved = new Span();
    final ErrorSummary errors = new ErrorSummary();
    final H2 browserHeading = new H2("Camunda's rules");
    final UnorderedList browserFindings = new UnorderedList();
    final UnorderedList serverFindings = new UnorderedList();
    final UnorderedList difference = new UnorderedList();
    final Button check = new Button("Check the model");
    /** Shown once the model changes after a check: the results below it describe the earlier model. */
    final Paragraph stale = new Paragraph("You have changed the model since it was checked, so the results below "
            + "are for the earlier version. Choose \u201cCheck the model\u201d to check it again.");
    final TextArea comment = new TextArea("What did you change, and why?");
    final Button deploy = new Button("Deploy");
    final Button discard = new Button("Discard this draft");
    ProcessModeller modeller;
    DecisionModeller decisions;
    FormModeller formEditor;
    private final ModelLibrary library;
    private final CurrentUser admin;
    private Draft draft;
    private String title = "Draft";

    public ProcessEditorView(ModelLibrary library, CurrentUsers users) {
        this.library = library;
        this.admin = users.require();
        setWidthFull();
        setMaxWidth("100rem");
    }

    @Override
    public String getPageTitle() {
        return title + " | Coaching Pool";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            draft = library.draft(DraftId.parse(event.getRouteParameters().get("draft").orElse("")), admin);
        } catch (IllegalArgumentException | InvalidInputException gone) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        // Named as the model names itself ("Pool settings"), as the library lists it, not by its id.
        String name = library.nameOf(draft, admin);
        title = "Draft of " + name;
        saved.getElement().setAttribute("aria-live", "polite");
        saved.addClassName("save-status");
        showSaved();
        add(new RouterLink("Back to processes and decision tables", ProcessLibraryView.class),
                new H1("Draft of the " + draft.kind().label() + " " + name),
                new Paragraph((draft.baseVersion() == null ? "Uploaded or new." : "Started from version "
                        + draft.baseVersion() + ".") + " Every change is saved here on the server as you work, so"
                        + " closing this page loses nothing. Nothing runs until you deploy it."),
                saved, errors);
        if (draft.kind() == ResourceKind.PROCESS) {
            modeller = new ProcessModeller(draft.content());
            modeller.onChange(this::changed);
            modeller.onLinted(this::showBrowserFindings);
            add(new Paragraph("Select an element to change its properties on the right: its assignee or candidate "
                    + "group and form for a user task, its job type for a service task, inputs and outputs, "
                    + "timers and conditions. Camunda's rules for 8.8 run as you edit and mark problems on the "
                    + "diagram."), modeller);
        } else if (draft.kind() == ResourceKind.FORM) {
            formEditor = new FormModeller(draft.content());
            formEditor.onChange(schema -> changed(schema, "[]"));
            add(new Paragraph("Drag fields from the left onto the form; select one to set its label, key and whether "
                    + "it is required. The app shows text fields, text areas, numbers, radio groups, selects, required "
                    + "checkboxes and dates. Who reads a written answer is the field's custom property "
                    + "\"visibility\": AUTHOR, AUTHOR_AND_POOL_ADMINS (the default), THINKER_AND_COACH or "
                    + "PARTICIPANTS. Choices and numbers steer the process; written answers stay in the app."),
                    formEditor);
        } else {
            decisions = new DecisionModeller(draft.content());
            decisions.onChange(xml -> changed(xml, "[]"));
            add(new Paragraph("Click a cell to change it; right-click a rule to add or remove rules. Periods are "
                    + "written as ISO 8601 durations in quotes, for example \"P3D\" for three days and \"PT12H\" "
                    + "for twelve hours."), decisions);
        }
        check.addClickListener(e -> runChecks());
        comment.setWidthFull();
        comment.setMaxLength(500);
        errors.bind("comment", comment);
        errors.bind("findings", check);
        errors.bind("model", check);
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.setDisableOnClick(true);
        deploy.addClickListener(e -> deploy());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> {
            library.discard(draft.id(), admin);
            getUI().ifPresent(ui -> ui.navigate(ProcessLibraryView.class));
        });
        browserFindings.addClassName("findings");
        browserHeading.setVisible(draft.kind() == ResourceKind.PROCESS);
        browserFindings.setVisible(draft.kind() == ResourceKind.PROCESS);
        serverFindings.addClassName("findings");
        stale.addClassName("warning-text");
        stale.getElement().setAttribute("role", "status");
        difference.addClassName("difference-list");
        add(new H2("Checks"),
                new Paragraph("Errors must be put right before the draft can be deployed; warnings are for you to "
                        + "weigh. Camunda's rules run in the browser as you edit; the app's own rules (a worker for "
                        + "every job type, a person or group and a form for every user task, decisions and "
                        + "processes that exist, no text in engine variables, steps where cases wait) run when you "
                        + "check the model and again at deploy."),
                check, stale, browserHeading, browserFindings, new H2("The app's rules"), serverFindings,
                new H2("What this changes"), difference,
                new H2("Deploy"), new Paragraph("Deploying makes this the live version: cases that start from now on "
                        + "run on it. Cases already running stay on their version."), comment,
                new HorizontalLayout(deploy, discard));
        runChecks();
    }

    void changed(String xml, String findingsJson) {
        errors.clear();
        try {
            draft = library.save(draft.id(), xml, draft.revision(), admin);
            showSaved();
            markStale(true);
            showBrowserFindings(findingsJson);
        } catch (InvalidInputException problem) {
            errors.show(problem);
            saved.setText("Not saved: see the message above");
        }
    }

    private void showSaved() {
        saved.setText("Saved " + UkDates.dateTime(draft.updatedAt()) + " by " + draft.updatedByName());
    }

    void showBrowserFindings(String findingsJson) {
        browserFindings.removeAll();
        List<Finding> findings = parse(findingsJson);
        if (findings.isEmpty()) {
            browserFindings.add(new ListItem("No problems found."));
        }
        findings.forEach(f -> browserFindings.add(item(f)));
    }

    private void markStale(boolean changedSinceCheck) {
        stale.setVisible(changedSinceCheck);
        serverFindings.getElement().getClassList().set("stale", changedSinceCheck);
        difference.getElement().getClassList().set("stale", changedSinceCheck);
    }

    void runChecks() {
        markStale(false);
        serverFindings.removeAll();
        difference.removeAll();
        try {
            var findings = library.validate(draft.id(), admin);
            if (findings.isEmpty()) {
                serverFindings.add(new ListItem("No problems found."));
            }
            findings.forEach(f -> serverFindings.add(item(f)));
            var lines = library.differenceFromLive(draft.id(), admin);
            if (lines.isEmpty()) {
                difference.add(new ListItem("Nothing that changes how cases run (the layout may differ)."));
            }
            lines.forEach(line -> difference.add(new ListItem(line)));
            long errorCount = findings.stream().filter(Finding::isError).count();
            deploy.setText(errorCount == 0 ? "Deploy" : "Deploy (" + errorCount + (errorCount == 1 ? " error" : " errors")
                    + " to put right first)");
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }

    void deploy() {
        errors.clear();
        try {
            var done = library.deploy(draft.id(), comment.getValue(), admin);
            getUI().ifPresent(ui -> ui.navigate(DeployedView.class, DeployedView.parameters(done)));
        } catch (InvalidInputException problem) {
            errors.show(problem);
            runChecks();
            deploy.setEnabled(true);
        }
    }

    private ListItem item(Finding finding) {
        var item = new ListItem();
        item.addClassName(finding.isError() ? "finding-error" : "finding-warning");
        item.add(new Span((finding.isError() ? "Error: " : "Warning: ") + finding.describe()));
        if (modeller != null && !finding.elementId().isEmpty()) {
            var show = new Button("Show", e -> modeller.select(finding.elementId()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            show.getElement().setAttribute("aria-label", "Show " + (finding.elementName().isEmpty()
                    ? finding.elementId() : finding.elementName()) + " in the diagram");
            item.add(new Span(" "), show);
        }
        return item;
    }

    private static List<Finding> parse(String findingsJson) {
        List<Finding> findings = new ArrayList<>();
        try {
            List<Map<String, String>> raw = JSON.readValue(findingsJson == null ? "[]" : findingsJson,
                    new TypeReference<>() { });
            for (var f : raw) {
                String message = f.getOrDefault("message", "");
                findings.add("ERROR".equals(f.get("severity"))
                        ? Finding.error(f.get("elementId"), f.get("elementName"), message)
                        : Finding.warning(f.get("elementId"), f.get("elementName"), message));
            }
        } catch (Exception unreadable) {
            return List.of();
        }
        return findings;
    }
}
