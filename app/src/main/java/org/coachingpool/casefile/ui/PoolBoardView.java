package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.reconciliation.Reconciliation;
import org.coachingpool.reconciliation.ReconciliationReport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.incidents.CaseProblem;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * Every open case by stage, with those that need attention flagged: stopped by an error in the
 * engine or a process that did not start (which step, since when), or not moved for a while.
 */
@MenuItem(title = "Pool board", order = 40, forRoles = Role.POOL_ADMIN)
@Route(value = "board", layout = MainLayout.class)
@PageTitle("Pool board | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class PoolBoardView extends VerticalLayout {

    static final Duration STUCK_AFTER = Duration.ofDays(14);
    static final String ALL_STAGES = "All stages";
    final Grid<CaseSummary> grid = new Grid<>();
    final Select<String> stage = new Select<>();
    final Checkbox onlyStuck = new Checkbox("Only cases that need attention");
    final Paragraph summary = new Paragraph();
    final Paragraph none = new Paragraph();
    private final List<CaseSummary> open;
    private final Map<CaseId, List<CaseProblem>> problems;
    private final Clock clock;

    final Div drift = new Div();
    /** The board lists open cases; a closed one (a complaint, a returning thinker) is found here. */
    final TextField search = new TextField("Case reference or a person's name");
    final Button find = new Button("Find cases");
    final Grid<CaseSummary> found = new Grid<>();
    final Paragraph foundSummary = new Paragraph();

    public PoolBoardView(Cases cases, Incidents incidents, CurrentUsers users, Clock clock,
            Reconciliation reconciliation) {
        this.clock = clock;
        setMaxWidth("72rem");
        var admin = users.require();
        var allProblems = incidents.open(admin);
        problems = Incidents.byCase(allProblems);
        var outsideCases = allProblems.stream().filter(p -> p.caseId().isEmpty()).toList();
        // Process order, and within a stage the longest-waiting first.
        open = cases.open(admin).stream()
                .sorted(Comparator.comparing(CaseSummary::stage).thenComparing(CaseSummary::updatedAt))
                .toList();
        Map<Stage, Long> byStage = open.stream().collect(Collectors.groupingBy(CaseSummary::stage,
                () -> new EnumMap<>(Stage.class), Collectors.counting()));
        long stuck = open.stream().filter(this::stuck).count();
        long stopped = open.stream().filter(c -> problems.containsKey(c.id())).count();
        summary.setText(open.size() + (open.size() == 1 ? " open case, " : " open cases, ") + stuck
                + " needing attention" + (stopped == 0 ? "" : " (" + stopped + " stopped by an error)") + ". "
                + byStage.entrySet().stream().map(e -> e.getKey().label() + ": " + e.getValue())
                        .collect(Collectors.joining(", ")));

        var stages = new ArrayList<String>();
        stages.add(ALL_STAGES);
        byStage.keySet().forEach(st -> stages.add(st.label()));
        stage.setLabel("Stage");
        stage.setItems(stages);
        stage.setValue(ALL_STAGES);
        stage.addValueChangeListener(e -> show());
        onlyStuck.addValueChangeListener(e -> show());
        var filters = new HorizontalLayout(stage, onlyStuck);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addComponentColumn(CaseLink::to).setHeader("Case").setAutoWidth(true);
        grid.addColumn(c -> c.stage().label()).setHeader("Stage").setSortable(true)
                .setComparator(Comparator.comparing(CaseSummary::stage));
        grid.addColumn(CaseSummary::thinkerName).setHeader("Thinker");
        grid.addColumn(c -> c.coachName() == null ? "" : c.coachName()).setHeader("Coach or mentor");
        grid.addComponentColumn(c -> {
            var flag = new Span(attention(c));
            flag.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return flag;
        }).setHeader("Attention").setFlexGrow(2);
        // The reason a case needs attention is the point of the board: it wraps, never cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", "Open cases");
        grid.setAllRowsVisible(true);
        add(new H1("Pool board"), summary);
        reconciliation.latest(admin).filter(report -> !report.agrees()).ifPresent(this::showDrift);
        if (!outsideCases.isEmpty()) {
            // A process that carries no case (say, one a process admin added) can stop too.
            add(new Paragraph(outsideCases.size() + " stopped outside any case: " + outsideCases.stream()
                    .map(p -> p.summary() + " (" + p.message() + ")").collect(Collectors.joining("; "))));
        }
        add(filters, grid, none);
        addSearch(cases, admin);
        show();
    }

    private void addSearch(Cases cases, CurrentUser admin) {
        search.setHelperText("For example CP-2026-0042, or a thinker's, sponsor's or coach's name");
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        find.addClickListener(e -> {
            var results = cases.search(search.getValue(), admin);
            found.setItems(results);
            found.setVisible(!results.isEmpty());
            foundSummary.setText(search.getValue().isBlank() ? "Enter a case reference or a name to search for."
                    : results.isEmpty() ? "No case matches \"" + search.getValue().strip() + "\"."
                    : results.size() >= Cases.FOUND_MAX ? "Showing the newest " + Cases.FOUND_MAX
                            + " cases that match: add more of the name or reference to narrow it down."
                    : (results.size() == 1 ? "1 case matches" : results.size() + " cases match") + ", newest first.");
        });
        find.addClickShortcut(Key.ENTER).listenOn(search);
        found.addComponentColumn(CaseLink::to).setHeader("Case").setAutoWidth(true);
        found.addColumn(c -> c.stage().label()).setHeader("Stage");
        found.addColumn(c -> UkDates.date(c.requestedAt())).setHeader("Asked on");
        found.addColumn(CaseSummary::thinkerName).setHeader("Thinker");
        found.addColumn(c -> c.coachName() == null ? "" : c.coachName()).setHeader("Coach or mentor");
        found.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        found.getElement().setAttribute("aria-label", "Cases found, open or closed");
        found.setAllRowsVisible(true);
        found.setVisible(false);
        foundSummary.getElement().setAttribute("role", "status");
        var row = new HorizontalLayout(search, find);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H2("Find any case, open or closed"), row, foundSummary, found);
    }

    /** The service's records and the engine disagree: say on what, and what to do. */
    private void showDrift(ReconciliationReport report) {
        drift.addClassName("warning-text");
        drift.getElement().setAttribute("role", "status");
        String checked = "Checked " + UkDates.dateTime(report.ranAt()) + ". ";
        if (!report.engineReached()) {
            drift.add(new Paragraph(checked + "The process engine could not be reached to compare its records with "
                    + "the service's: if this lasts, tell whoever runs the service."));
        } else {
            drift.add(new Paragraph(checked + "The service's records and the process engine's disagree about "
                    + report.drifts().size() + (report.drifts().size() == 1 ? " thing:" : " things:")));
            var list = new UnorderedList();
            report.drifts().stream().limit(20).forEach(d -> list.add(new ListItem(
                    d.kind().label() + (d.caseReference() == null ? "" : " (" + d.caseReference() + ")") + ". "
                            + d.kind().whatToDo())));
            drift.add(list);
        }
        add(drift);
    }

    private void show() {
        String chosen = stage.getValue();
        var shown = open.stream()
                .filter(c -> chosen == null || ALL_STAGES.equals(chosen) || c.stage().label().equals(chosen))
                .filter(c -> !onlyStuck.getValue() || stuck(c))
                .toList();
        grid.setItems(shown);
        // An empty table of headings reads as broken: say in words that there is nothing to show.
        grid.setVisible(!shown.isEmpty());
        none.setVisible(shown.isEmpty());
        none.setText(open.isEmpty() ? "No case is open. Closed cases can be found below."
                : "No open case matches these filters.");
    }

    /** Stopped by an error, or not moved for a long time. */
    private boolean stuck(CaseSummary summary) {
        return problems.containsKey(summary.id()) || summary.isStuck(clock.instant(), STUCK_AFTER);
    }

    private String attention(CaseSummary summary) {
        var stopped = problems.get(summary.id());
        if (stopped != null) {
            return stopped.getFirst().summary() + " since " + UkDates.dateTime(stopped.getFirst().since());
        }
        return summary.isStuck(clock.instant(), STUCK_AFTER) ? "No movement for over 14 days" : "";
    }
}
