package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
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
    final Grid<CaseSummary> grid = new Grid<>();

    public PoolBoardView(Cases cases, CurrentUsers users, Clock clock) {
        setMaxWidth("72rem");
        var open = cases.open(users.require());
        Map<Stage, Long> byStage = open.stream().collect(Collectors.groupingBy(CaseSummary::stage,
                () -> new java.util.EnumMap<>(Stage.class), Collectors.counting()));
        add(new H2("Pool board"), new Paragraph(open.size() + " open cases. " + byStage.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue()).collect(Collectors.joining(", "))));
        grid.addComponentColumn(CaseLink::to).setHeader("Case").setAutoWidth(true);
        grid.addColumn(c -> c.stage().label()).setHeader("Stage").setSortable(true)
                .setComparator(Comparator.comparing(CaseSummary::stage));
        grid.addColumn(CaseSummary::thinkerName).setHeader("Thinker");
        grid.addColumn(c -> c.coachName() == null ? "" : c.coachName()).setHeader("Coach or mentor");
        grid.addComponentColumn(c -> {
            var flag = new Span(c.isStuck(clock.instant(), STUCK_AFTER) ? "No movement for over 14 days" : "");
            flag.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return flag;
        }).setHeader("Attention");
        grid.setItems(open);
        grid.getElement().setAttribute("aria-label", "Open cases");
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
