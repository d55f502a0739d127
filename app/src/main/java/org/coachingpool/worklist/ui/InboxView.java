package org.coachingpool.worklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;

/** Everyone's start page: the tasks waiting for them. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("My tasks | Coaching Pool")
@PermitAll
public class InboxView extends VerticalLayout {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy");

    final Grid<WorkItem> grid = new Grid<>();

    public InboxView(Worklist worklist, CurrentUsers users, Clock clock) {
        List<WorkItem> items = worklist.inbox(users.require());
        add(new H2("My tasks"));
        if (items.isEmpty()) {
            add(new Paragraph("Nothing is waiting for you. New tasks appear here when a case needs you."));
            return;
        }
        grid.addColumn(WorkItem::title).setHeader("Task").setAutoWidth(true);
        grid.addColumn(WorkItem::caseReference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(item -> item.dueAt() == null ? "No due date"
                : (item.isOverdue(clock.instant()) ? "Overdue: " : "") + DUE.format(item.dueAt().atZone(ZoneId.systemDefault())))
                .setHeader("Due");
        grid.addComponentColumn(item -> {
            var open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(TaskRoutes.of(item))));
            open.setAriaLabel("Open " + item.title() + " for case " + item.caseReference());
            return open;
        }).setHeader("Action");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
