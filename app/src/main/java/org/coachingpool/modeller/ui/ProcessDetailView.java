package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingpool.definitions.Origin;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.modeller.Change;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.modeller.Version;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * One process or decision table: its versions with who deployed each and why, the cases on each
 * and where they wait; edit a copy of any version, download it, compare two, or make an older
 * one live again.
 */
@Route(value = "processes/:kind/:id", layout = MainLayout.class)
@RolesAllowed(Role.PROCESS_ADMIN_ROLE)
public class ProcessDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Version> versions = new Grid<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Button compare = new Button("Compare");
    final UnorderedList difference = new UnorderedList();
    final Div rollBack = new Div();
    final TextArea rollBackComment = new TextArea("Why are you making it live again?");
    final Button confirmRollBack = new Button();
    final Grid<Change> changes = new Grid<>();
    /** For a process nothing starts: why it never runs, and a way to take it out of the library. */
    final TextArea retireComment = new TextArea("Why are you retiring it?");
    final Button retire = new Button("Retire this process");
    final ErrorSummary errors = new ErrorSummary();
    private final ModelLibrary library;
    private final CurrentUser admin;
    private ResourceKind kind;
    private String resourceId;
    private Integer rollBackTo;
    private String title = "Process";

    public ProcessDetailView(ModelLibrary library, CurrentUsers users) {
        this.library = library;
        this.admin = users.require();
        setMaxWidth("80rem");
    }

    /** Says that nothing starts the process, and offers to retire it once nothing runs on it. */
    private void addRetire(List<Version> all) {
        int running = all.stream().mapToInt(Version::runningCases).sum();
        var section = new Div(new H2("Nothing starts this process"), new Paragraph("No message the app sends starts "
                + "it, it has no timer that starts it, and no other process calls it, so it never runs. It may have "
                + "come from elsewhere. If it is not needed, retire it: every version leaves the engine and this "
                + "list, and this is recorded with your reason."));
        if (running > 0) {
            section.add(new Paragraph(running + (running == 1 ? " instance runs" : " instances run")
                    + " on it now: it can be retired once they have finished."));
        } else {
            retireComment.setWidthFull();
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            retire.setDisableOnClick(true);
            errors.bind("retireComment", retireComment).bind("process", retire);
            retire.addClickListener(e -> {
                errors.clear();
                try {
                    library.retire(resourceId, retireComment.getValue(), admin);
                    getUI().ifPresent(ui -> ui.navigate(ProcessLibraryView.class));
                    Notification.show("The process " + title + " is retired.", 5000,
                            Notification.Position.BOTTOM_START);
                } catch (InvalidInputException problem) {
                    errors.show(problem);
                    retire.setEnabled(true);
                }
            });
            section.add(retireComment, retire);
        }
        section.setWidthFull();
        add(section);
    }

    static RouteParameters parameters(ResourceKind kind, String resourceId) {
        return new RouteParameters(Map.of("kind", kind.name().toLowerCase(Locale.ROOT), "id", resourceId));
    }

    @Override
    public String getPageTitle() {
        return title + " | Coaching Pool";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            kind = ResourceKind.valueOf(event.getRouteParameters().get("kind").orElse("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        resourceId = event.getRouteParameters().get("id").orElse("");
        List<Version> all = library.versions(kind, resourceId, admin);
        if (all.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(all);
    }

    private void build(List<Version> all) {
        Version live = all.getFirst();
        title = live.name().equals(resourceId) ? resourceId : live.name();
        add(new RouterLink("Back to processes and decision tables", ProcessLibraryView.class),
                new H1(ProcessLibraryView.capitalised(kind.label()) + ": " + title),
                new Paragraph("Version " + live.version() + " is live: cases that start now run on it. "
                        + (kind == ResourceKind.PROCESS ? "Cases that started earlier stay on their version." :
                        "Decisions are made with the live version when a case reaches them.")),
                errors);

        versions.addComponentColumn(v -> {
            var label = new Span("Version " + v.version());
            if (v.live()) {
                var tag = new Span("Live");
                tag.addClassName("status-tag");
                return new HorizontalLayout(label, tag);
            }
            return label;
        }).setHeader("Version").setAutoWidth(true);
        versions.addColumn(v -> UkDates.dateTime(v.deployedAt()) + ", " + v.deployedByName()
                + (v.origin() == Origin.ROLLBACK ? " (rolled back)" : ""))
                .setHeader("Deployed").setFlexGrow(2);
        versions.addColumn(v -> v.comment() == null ? "" : v.comment()).setHeader("Comment").setFlexGrow(3);
        versions.addColumn(v -> kind == ResourceKind.DECISION ? "" : v.runningCases() == 0 ? "None"
                : String.valueOf(v.runningCases())).setHeader("Running").setAutoWidth(true);
        versions.addColumn(v -> v.waiting().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "))).setHeader("Waiting at").setFlexGrow(3);
        versions.addComponentColumn(this::actions).setHeader("Actions").setFlexGrow(2);
        ProcessLibraryView.style(versions, "Versions");
        versions.setItems(all);

        List<Integer> numbers = all.stream().map(Version::version).toList();
        from.setLabel("Compare version");
        from.setItems(numbers);
        from.setItemLabelGenerator(v -> "Version " + v);
        to.setLabel("with version");
        to.setItems(numbers);
        to.setItemLabelGenerator(v -> "Version " + v);
        to.setValue(live.version());
        from.setValue(numbers.size() > 1 ? numbers.get(1) : live.version());
        compare.addClickListener(e -> compare());
        difference.addClassName("difference-list");
        var comparing = new HorizontalLayout(from, to, compare);
        comparing.setAlignItems(Alignment.BASELINE);
        comparing.setWrap(true);

        rollBackComment.setWidthFull();
        rollBackComment.setMaxLength(500);
        errors.bind("comment", rollBackComment);
        errors.bind("findings", rollBackComment);
        confirmRollBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmRollBack.setDisableOnClick(true);
        confirmRollBack.addClickListener(e -> confirmRollBack());
        var cancel = new Button("Cancel", e -> rollBack.setVisible(false));
        rollBack.add(new H2("Make an older version live again"), new Paragraph("The old version becomes a new version "
                + "with the same content, so the history stays whole. New cases start on it; cases running on the "
                + "current version stay there until you move them."), rollBackComment,
                new HorizontalLayout(confirmRollBack, cancel));
        rollBack.setVisible(false);
        rollBack.setWidthFull();

        changes.addColumn(c -> UkDates.dateTime(c.at())).setHeader("When").setAutoWidth(true);
        changes.addColumn(Change::byName).setHeader("Who").setAutoWidth(true);
        changes.addColumn(c -> c.action().label() + ": " + (c.toVersion() == null ? "every version, up to "
                + c.fromVersion() : (c.fromVersion() == null ? "new" : "version " + c.fromVersion()) + " to "
                + c.toVersion())).setHeader("What").setAutoWidth(true);
        changes.addColumn(Change::comment).setHeader("Why").setFlexGrow(2);
        changes.addColumn(c -> String.join("; ", c.difference())).setHeader("Difference").setFlexGrow(4);
        ProcessLibraryView.style(changes, "Changes made in the browser");
        var history = library.changes(kind, resourceId, admin);
        changes.setItems(history);

        add(versions, rollBack);
        if (kind == ResourceKind.PROCESS && library.nothingStarts(resourceId, admin)) {
            addRetire(all);
        }
        if (all.size() > 1) {
            add(new H2("Compare two versions"), comparing, difference);
        }
        add(
                new H2("Changes made in the browser"),
                history.isEmpty() ? new Paragraph("None yet: every version so far came with the app.") : changes);
    }

    private HorizontalLayout actions(Version v) {
        var edit = new Button("Edit a copy", e -> {
            var draft = library.startDraft(kind, resourceId, v.version(), admin);
            getUI().ifPresent(ui -> ui.navigate(ProcessEditorView.class, new RouteParameters("draft", draft.toString())));
        });
        edit.getElement().setAttribute("aria-label", "Edit a copy of version " + v.version());
        var download = new Anchor(new StreamResource(resourceId + "-v" + v.version() + kind.extension(),
                () -> new ByteArrayInputStream(library.content(kind, resourceId, v.version(), admin)
                        .getBytes(StandardCharsets.UTF_8))), "Download");
        download.getElement().setAttribute("download", true);
        download.addClassName("grid-link");
        download.getElement().setAttribute("aria-label", "Download version " + v.version());
        var row = new HorizontalLayout(edit, download);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        if (kind == ResourceKind.PROCESS && !v.live() && v.runningCases() > 0) {
            var migrate = new Button("Move its cases", e -> getUI().ifPresent(ui -> ui.navigate(MigrationView.class,
                    new RouteParameters("id", resourceId), MigrationView.fromVersion(v.version()))));
            migrate.getElement().setAttribute("aria-label", "Move the cases running on version " + v.version());
            row.add(migrate);
        }
        if (!v.live()) {
            var again = new Button("Make live again", e -> askRollBack(v.version()));
            again.getElement().setAttribute("aria-label", "Make version " + v.version() + " live again");
            row.add(again);
        }
        return row;
    }

    private void askRollBack(int version) {
        rollBackTo = version;
        errors.clear();
        confirmRollBack.setText("Make version " + version + " live again");
        rollBackComment.clear();
        rollBack.setVisible(true);
        rollBackComment.focus();
    }

    void confirmRollBack() {
        errors.clear();
        try {
            var done = library.rollBack(kind, resourceId, rollBackTo, rollBackComment.getValue(), admin);
            getUI().ifPresent(ui -> ui.navigate(DeployedView.class, DeployedView.parameters(done)));
        } catch (InvalidInputException problem) {
            errors.show(problem);
            confirmRollBack.setEnabled(true);
        }
    }

    void compare() {
        difference.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        List<String> lines = library.compare(kind, resourceId, from.getValue(), to.getValue(), admin);
        if (lines.isEmpty()) {
            difference.add(new ListItem("No difference in what runs (the layout may differ)."));
        }
        lines.forEach(line -> difference.add(new ListItem(line)));
    }
}
