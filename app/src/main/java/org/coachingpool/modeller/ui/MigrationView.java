package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.modeller.Migration;
import org.coachingpool.modeller.Migrations;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.modeller.Version;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * Moving running cases of a process to another version: choose the versions, map the steps the
 * new version does not have, see per case whether it can move and why not, move the chosen ones,
 * and try again those that failed.
 */
@Route(value = "processes/process/:id/migrate", layout = MainLayout.class)
@RolesAllowed(Role.PROCESS_ADMIN_ROLE)
public class MigrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The choice meaning "no step": cases waiting there cannot move. */
    static final String NOWHERE = "";

    final Select<Integer> from = new Select<>();
    /** Running cases by version: counted again after each move, so the list never shows moved cases. */
    private Map<Integer, Integer> running = Map.of();
    final Select<Integer> to = new Select<>();
    final Div mappings = new Div();
    final Map<String, Select<String>> mappingFields = new LinkedHashMap<>();
    final Grid<Migration.PlannedCase> cases = new Grid<>();
    final TextField reference =
            new TextField("Only the case with this reference (optional)");
    final Paragraph summary = new Paragraph();
    final TextArea comment = new TextArea("Why are these cases moving?");
    final Button move = new Button("Move the selected cases");
    final Grid<Migration.Outcome> outcomes = new Grid<>();
    final Button retry = new Button("Try the ones that did not move again");
    final ErrorSummary errors = new ErrorSummary();
    private final ModelLibrary library;
    private final Migrations migrations;
    private final CurrentUser admin;
    private String processId;
    private Set<Long> failed = Set.of();
    private final Set<Long> selected = new LinkedHashSet<>();

    public MigrationView(ModelLibrary library, Migrations migrations, CurrentUsers users) {
        this.library = library;
        this.migrations = migrations;
        this.admin = users.require();
        setMaxWidth("80rem");
    }

    @Override
    public String getPageTitle() {
        return "Move running cases of " + processId + " | Coaching Pool";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        processId = event.getRouteParameters().get("id").orElse("");
        List<Version> versions = library.versions(ResourceKind.PROCESS, processId, admin);
        if (versions.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        running = migrations.runningByVersion(processId, admin);
        List<Integer> numbers = versions.stream().map(Version::version).toList();
        from.setLabel("Move cases running on");
        from.setItems(numbers);
        from.setItemLabelGenerator(v -> "Version " + v + " (" + running.getOrDefault(v, 0) + " running)");
        from.setWidth("18rem");
        to.setWidth("14rem");
        to.setLabel("to");
        to.setItems(numbers);
        to.setItemLabelGenerator(v -> "Version " + v + (v.equals(numbers.getFirst()) ? " (live)" : ""));
        to.setValue(numbers.getFirst());
        Integer asked = event.getLocation().getQueryParameters().getSingleParameter("from").map(text -> {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }).filter(numbers::contains).orElse(null);
        from.setValue(asked != null ? asked : numbers.stream().filter(v -> !v.equals(numbers.getFirst())
                && running.getOrDefault(v, 0) > 0).findFirst().orElse(numbers.size() > 1 ? numbers.get(1)
                : numbers.getFirst()));
        from.addValueChangeListener(e -> replan(true));
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.addValueChangeListener(e -> replan(false));
        reference.setWidth("20rem");
        to.addValueChangeListener(e -> replan(true));
        errors.bind("fromVersion", from).bind("toVersion", to).bind("comment", comment).bind("cases", cases);

        // Our own labelled checkboxes: the grid's built-in selection column has none (axe: label).
        cases.setSelectionMode(Grid.SelectionMode.NONE);
        cases.addComponentColumn(c -> {
            var box = new Checkbox();
            box.setAriaLabel("Move " + c.label());
            box.setEnabled(c.canMove());
            box.setValue(selected.contains(c.processInstanceKey()));
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    selected.add(c.processInstanceKey());
                } else {
                    selected.remove(c.processInstanceKey());
                }
                showCount();
            });
            return box;
        }).setHeader("Move").setAutoWidth(true).setFlexGrow(0);
        cases.addColumn(Migration.PlannedCase::label).setHeader("Case").setAutoWidth(true);
        cases.addColumn(c -> String.join(", ", c.waitingAt())).setHeader("Waiting at").setFlexGrow(2);
        cases.addColumn(c -> c.canMove() ? "Can move" + (c.alsoMoves().isEmpty() ? ""
                : ", with " + String.join(", ", c.alsoMoves())) : "Cannot move: " + c.reason())
                .setHeader("Can it move?").setFlexGrow(3);
        ProcessLibraryView.style(cases, "Cases running on the chosen version");

        outcomes.addColumn(Migration.Outcome::label).setHeader("Case").setAutoWidth(true);
        outcomes.addColumn(o -> o.moved() ? "Moved" : "Not moved").setHeader("Result").setAutoWidth(true);
        outcomes.addColumn(Migration.Outcome::message).setHeader("Detail").setFlexGrow(3);
        ProcessLibraryView.style(outcomes, "What happened to each case");
        outcomes.setVisible(false);
        retry.setVisible(false);
        retry.addClickListener(e -> run(failed));

        comment.setWidthFull();
        comment.setMaxLength(500);
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setDisableOnClick(true);
        move.addClickListener(e -> run(Set.copyOf(selected)));
        var versionsRow = new HorizontalLayout(from, to);
        versionsRow.setWrap(true);
        add(new RouterLink("Back to " + processId, ProcessDetailView.class,
                        ProcessDetailView.parameters(ResourceKind.PROCESS, processId)),
                new H1("Move running cases of " + processId),
                new Paragraph("A case stays on the version it started on until you move it. Moving keeps where the "
                        + "case is: each step it waits at moves to the step with the same id in the new version. "
                        + "For a step the new version does not have, choose a step of the same kind, or leave the "
                        + "cases waiting there where they are. Each case moves whole or not at all, and the "
                        + "processes it called move with it to their live versions."),
                errors, versionsRow, new H2("Steps without a match"), mappings, new H2("Cases"), summary, reference,
                cases,
                comment, move, new H2("Result"), outcomes, retry);
        replan(true);
    }

    /** Works out the plan again; after a change of versions the mapping starts afresh. */
    void replan(boolean versionsChanged) {
        errors.clear();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            var plan = migrations.plan(processId, from.getValue(), to.getValue(), chosen(), Set.of(), admin);
            if (versionsChanged) {
                drawMappings(plan);
            }
            String wanted = reference.getValue() == null ? "" : reference.getValue().strip().toUpperCase(
                    Locale.ROOT);
            List<Migration.PlannedCase> shown = plan.cases().stream()
                    .filter(c -> wanted.isEmpty() || c.label().toUpperCase(Locale.ROOT).contains(wanted))
                    .toList();
            selected.clear();
            shown.stream().filter(Migration.PlannedCase::canMove).forEach(c -> selected.add(c.processInstanceKey()));
            cases.setItems(shown);
            showCount();
            summary.setText(plan.cases().isEmpty() ? "No case runs on version " + from.getValue() + " now."
                    : plan.cases().size() + " running on version " + from.getValue() + ", " + plan.movable()
                            + " of them can move to version " + to.getValue() + ".");
        } catch (InvalidInputException problem) {
            errors.show(problem);
            cases.setItems(List.of());
        }
    }

    private void drawMappings(Migration.Plan plan) {
        mappings.removeAll();
        mappingFields.clear();
        if (plan.unmapped().isEmpty()) {
            mappings.add(new Paragraph("Every step where a case can wait has a step with the same id and kind in "
                    + "version " + plan.toVersion() + "."));
            return;
        }
        for (Migration.Unmapped step : plan.unmapped()) {
            var select = new Select<String>();
            select.setLabel("Cases waiting at '" + step.label() + "' (" + step.kind() + ") move to");
            List<String> choices = new ArrayList<>();
            choices.add(NOWHERE);
            step.choices().forEach(c -> choices.add(c.elementId()));
            Map<String, String> labels = step.choices().stream().collect(Collectors.toMap(Migration.Target::elementId,
                    Migration.Target::label));
            select.setItems(choices);
            select.setItemLabelGenerator(id -> id.isEmpty() ? "Nowhere: they stay on version " + plan.fromVersion()
                    : labels.get(id));
            select.setValue(NOWHERE);
            select.setWidth("32rem");
            select.addValueChangeListener(e -> replan(false));
            errors.bind("mapping-" + step.elementId(), select);
            mappingFields.put(step.elementId(), select);
            mappings.add(select);
        }
    }

    private void showCount() {
        move.setText("Move the " + selected.size() + " selected " + (selected.size() == 1 ? "case" : "cases"));
        move.setEnabled(!selected.isEmpty());
    }

    private Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        mappingFields.forEach((source, select) -> {
            if (select.getValue() != null && !select.getValue().isEmpty()) {
                chosen.put(source, select.getValue());
            }
        });
        return chosen;
    }

    void run(Set<Long> chosenCases) {
        errors.clear();
        try {
            if (chosenCases.isEmpty()) {
                throw new InvalidInputException("cases", "Select at least one case that can move");
            }
            var result = migrations.migrate(processId, from.getValue(), to.getValue(), chosen(), chosenCases,
                    comment.getValue(), admin);
            outcomes.setItems(result);
            outcomes.setVisible(true);
            failed = result.stream().filter(o -> !o.moved()).map(Migration.Outcome::processInstanceKey)
                    .collect(Collectors.toCollection(HashSet::new));
            retry.setVisible(!failed.isEmpty());
            running = migrations.runningByVersion(processId, admin);
            from.getListDataView().refreshAll();
            replan(false);
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        move.setEnabled(true);
    }

    static QueryParameters fromVersion(int version) {
        return QueryParameters.of("from", String.valueOf(version));
    }
}
