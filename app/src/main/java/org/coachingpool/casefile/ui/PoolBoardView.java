package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** Every open case by stage, with those that have not moved for a while flagged. */
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
    private final List<CaseSummary> open;
    private final Clock clock;

    public PoolBoardView(Cases cases, CurrentUsers users, Clock clock) {
        this.clock = clock;
        setMaxWidth("72rem");
        // Process order, and within a stage the longest-waiting first.
        open = cases.open(users.require()).stream()
                .sorted(Comparator.comparing(CaseSummary::stage).thenComparing(CaseSummary::updatedAt))
                .toList();
        Map<Stage, Long> byStage = open.stream().collect(Collectors.groupingBy(CaseSummary::stage,
                () -> new java.util.EnumMap<>(Stage.class), Collectors.counting()));
        long stuck = open.stream().filter(this::stuck).count();
        summary.setText(open.size() + (open.size() == 1 ? " open case, " : " open cases, ") + stuck
                + " needing attention. "
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
            var flag = new Span(stuck(c) ? "No movement for over 14 days" : "");
            flag.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return flag;
        }).setHeader("Attention");
        grid.getElement().setAttribute("aria-label", "Open cases");
        grid.setAllRowsVisible(true);
        add(new H2("Pool board"), summary, filters, grid);
        show();
    }

    private void show() {
        String chosen = stage.getValue();
        grid.setItems(open.stream()
                .filter(c -> chosen == null || ALL_STAGES.equals(chosen) || c.stage().label().equals(chosen))
                .filter(c -> !onlyStuck.getValue() || stuck(c))
                .toList());
    }

    private boolean stuck(CaseSummary summary) {
        return summary.isStuck(clock.instant(), STUCK_AFTER);
    }
}
