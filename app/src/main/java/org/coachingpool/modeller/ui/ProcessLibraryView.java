package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import org.coachingpool.modeller.Change;
import org.coachingpool.modeller.Draft;
import org.coachingpool.modeller.LibraryEntry;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** Every process and decision table with its live version, the drafts in progress and what changed. */
@MenuItem(title = "Processes", order = 60, forRoles = Role.PROCESS_ADMIN)
@Route(value = "processes", layout = MainLayout.class)
@PageTitle("Processes and decision tables | Coaching Pool")
@RolesAllowed(Role.PROCESS_ADMIN_ROLE)
public class ProcessLibraryView extends VerticalLayout {

    final Grid<LibraryEntry> entries = new Grid<>();
    final Grid<Draft> drafts = new Grid<>();
    final Grid<Change> changes = new Grid<>();
    final MemoryBuffer buffer = new MemoryBuffer();
    final Upload upload = new Upload(buffer);
    final ErrorSummary errors = new ErrorSummary();
    final Button newForm = new Button("New form");
    final Paragraph noDrafts = new Paragraph("No drafts: open a process or decision table and choose \"Edit a copy\","
            + " or upload a model.");
    final Paragraph noChanges = new Paragraph("None yet: every version so far came with the app.");
    private final ModelLibrary library;
    private final CurrentUser admin;

    public ProcessLibraryView(ModelLibrary library, CurrentUsers users) {
        this.library = library;
        this.admin = users.require();
        setMaxWidth("76rem");
        add(new H1("Processes and decision tables"), new Paragraph("These run every case. Open one to see its "
                + "versions, edit a copy in the browser, compare versions or make an older one live again. A new "
                + "version is used by cases that start after it is deployed; cases already running stay on the "
                + "version they started on until you move them."));

        entries.addColumn(e -> (e.name().equals(e.resourceId()) ? e.resourceId()
                        : e.name() + " (" + e.resourceId() + ")")
                        + (e.nothingStartsIt() ? ": nothing starts this process" : ""))
                .setHeader("Name").setFlexGrow(3);
        entries.addColumn(e -> capitalised(e.kind().label())).setHeader("Kind").setAutoWidth(true);
        entries.addColumn(e -> "Version " + e.liveVersion() + " of " + e.versions()).setHeader("Live").setAutoWidth(true);
        entries.addColumn(e -> UkDates.dateTime(e.liveSince()) + ", " + e.liveDeployedByName()).setHeader("Live since")
                .setFlexGrow(2);
        entries.addColumn(e -> e.runningCases() == 0 ? "None" : String.valueOf(e.runningCases()))
                .setHeader("Running").setAutoWidth(true);
        entries.addColumn(e -> e.drafts() == 0 ? "" : e.drafts() == 1 ? "1 draft" : e.drafts() + " drafts")
                .setHeader("Drafts").setAutoWidth(true);
        // Buttons, as on the other lists: a link in a grid cell fails axe's target-size rule.
        entries.addComponentColumn(e -> open(e.name(), () -> getUI().ifPresent(ui -> ui.navigate(
                ProcessDetailView.class, ProcessDetailView.parameters(e.kind(), e.resourceId())))))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        style(entries, "Processes and decision tables");

        drafts.addColumn(d -> d.resourceId() + " (" + d.kind().label() + ")").setHeader("Draft").setFlexGrow(2);
        drafts.addColumn(d -> d.baseVersion() == null ? "An uploaded or new model" : "From version " + d.baseVersion())
                .setHeader("Started from").setFlexGrow(1);
        drafts.addColumn(d -> UkDates.dateTime(d.updatedAt()) + ", " + d.updatedByName()).setHeader("Last saved")
                .setFlexGrow(2);
        drafts.addComponentColumn(d -> open("the draft of " + d.resourceId(), () -> getUI().ifPresent(ui -> ui.navigate(
                ProcessEditorView.class, new RouteParameters("draft", d.id().toString()))))).setHeader("")
                .setAutoWidth(true).setFlexGrow(0);
        style(drafts, "Drafts");

        changes.addColumn(c -> UkDates.dateTime(c.at())).setHeader("When").setAutoWidth(true);
        changes.addColumn(Change::byName).setHeader("Who").setAutoWidth(true);
        changes.addColumn(c -> c.action().label() + " " + c.resourceId() + ": " + (c.toVersion() == null
                        ? "every version, up to " + c.fromVersion() : (c.fromVersion() == null ? "new"
                        : "version " + c.fromVersion()) + " to " + c.toVersion())).setHeader("What").setFlexGrow(2);
        changes.addColumn(Change::comment).setHeader("Why").setFlexGrow(3);
        style(changes, "Changes to what runs");

        upload.setAcceptedFileTypes(".bpmn", ".dmn", ".form");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setDropLabel(new Span("or drop the file here"));
        upload.getElement().setAttribute("aria-label", "Choose a .bpmn, .dmn or .form file");
        upload.addSucceededListener(e -> {
            byte[] content;
            try (var in = buffer.getInputStream()) {
                content = in.readAllBytes();
            } catch (IOException unreadable) {
                content = new byte[0];
            }
            upload.clearFileList();
            uploaded(e.getFileName(), content);
        });
        upload.addFileRejectedListener(e -> errors.show(new InvalidInputException("file",
                e.getErrorMessage().contains("size") ? "The file is larger than 2 MB"
                        : "Choose a .bpmn, .dmn or .form file made in a modeller")));
        errors.bind("file", upload);

        newForm.addClickListener(e -> {
            var draft = library.newForm(admin);
            getUI().ifPresent(ui -> ui.navigate(ProcessEditorView.class, new RouteParameters("draft", draft.toString())));
        });
        add(entries, new H2("Drafts"), noDrafts, drafts, new H2("Upload a model"),
                new Paragraph("A .bpmn, .dmn or .form file made in Camunda Desktop Modeler (for Camunda 8.8) becomes a "
                        + "draft here. Nothing runs until you check it and deploy it."), errors, upload,
                new H2("Make a form"), new Paragraph("A form for a task you add to a process: build it here, deploy "
                        + "it, then link it from the user task (Form: linked Camunda form, its id)."), newForm,
                new H2("Changes to what runs"), noChanges, changes);
        show();
    }

    private void show() {
        entries.setItems(library.entries(admin));
        var open = library.drafts(admin);
        drafts.setItems(open);
        drafts.setVisible(!open.isEmpty());
        noDrafts.setVisible(open.isEmpty());
        var recent = library.changes(null, null, admin);
        changes.setItems(recent);
        changes.setVisible(!recent.isEmpty());
        noChanges.setVisible(recent.isEmpty());
    }

    void uploaded(String fileName, byte[] content) {
        errors.clear();
        try {
            var draft = library.upload(fileName, content, admin);
            getUI().ifPresent(ui -> ui.navigate(ProcessEditorView.class, new RouteParameters("draft", draft.toString())));
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
    }

    static void style(Grid<?> grid, String label) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", label);
        grid.setAllRowsVisible(true);
    }

    static Button open(String what, Runnable action) {
        var button = new Button("Open", e -> action.run());
        button.setAriaLabel("Open " + what);
        return button;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
