package org.coachingpool.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.matching.Gap;
import org.coachingpool.matching.WaitingCase;
import org.coachingpool.matching.WaitingList;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * Cases nobody could take yet, most urgent and longest waiting first, with why nobody fits; and
 * where demand outruns the pool, to recruit or rebalance.
 */
@MenuItem(title = "Waiting list", order = 41, forRoles = Role.POOL_ADMIN)
@Route(value = "waiting-list", layout = MainLayout.class)
@PageTitle("Waiting list | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class WaitingListView extends VerticalLayout {

    final Grid<WaitingCase> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final VerticalLayout gapTables = new VerticalLayout();
    private final WaitingList waitingList;
    private final CurrentUser admin;

    public WaitingListView(WaitingList waitingList, CurrentUsers users) {
        this.waitingList = waitingList;
        this.admin = users.require();
        setMaxWidth("80rem");
        grid.addComponentColumn(c -> {
            var link = new Anchor(CaseNavigation.path(c.caseId()), c.reference());
            link.getElement().setAttribute("aria-label", "Open case " + c.reference());
            link.getStyle().set("display", "inline-block").set("min-height", "24px").set("line-height", "24px");
            return link;
        }).setHeader("Case").setAutoWidth(true);
        grid.addColumn(WaitingCase::thinkerName).setHeader("Thinker").setFlexGrow(1);
        grid.addColumn(c -> c.mentoring() ? "Mentoring" : "Coaching").setHeader("Support").setAutoWidth(true);
        grid.addColumn(c -> UkDates.date(c.since())).setHeader("Waiting since").setAutoWidth(true);
        grid.addComponentColumn(this::urgency).setHeader("Urgency").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(WaitingCase::nobodyBecause).setHeader("Why nobody fits now").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Cases waiting for a coach or mentor");
        grid.setAllRowsVisible(true);
        gapTables.setPadding(false);
        add(new H1("Waiting list"), new Paragraph("Cases nobody in the pool could take when they were ranked. "
                + "Whenever a place may have come free (a relationship ends, a member comes back from a pause or "
                + "takes more on) the list is ranked again, urgent cases first and then those waiting longest, and "
                + "each case someone can now take comes back to the pool team's tasks to match."), summary, grid,
                new H2("Demand against the pool"), new Paragraph("How many cases wait, against how many active "
                        + "members with a place free could help. Where the second number is small, recruit or "
                        + "ask members to take more on."), gapTables);
        show();
    }

    private void show() {
        List<WaitingCase> waiting = waitingList.list(admin);
        grid.setItems(waiting);
        grid.setVisible(!waiting.isEmpty());
        summary.setText(waiting.isEmpty() ? "Nobody is waiting: every case ranked so far had someone to match."
                : waiting.size() + (waiting.size() == 1 ? " case is" : " cases are") + " waiting.");
        gapTables.removeAll();
        waitingList.gaps(admin).forEach((group, gaps) -> {
            gapTables.add(new H3(group));
            var table = new Grid<Gap>();
            table.addColumn(Gap::group).setHeader(group).setFlexGrow(2);
            table.addColumn(Gap::waiting).setHeader("Cases waiting").setAutoWidth(true);
            table.addColumn(Gap::available).setHeader("Members with a place free").setAutoWidth(true);
            table.setItems(gaps);
            table.setAllRowsVisible(true);
            table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            table.getElement().setAttribute("aria-label", "Demand by " + group.toLowerCase(Locale.UK));
            gapTables.add(gaps.isEmpty() ? new Paragraph("Nobody waiting.") : table);
        });
    }

    private Component urgency(WaitingCase c) {
        var select = new Select<WaitingList.Urgency>();
        select.setItems(WaitingList.Urgency.values());
        select.setItemLabelGenerator(WaitingList.Urgency::label);
        select.setValue(c.urgency());
        select.setAriaLabel("Urgency of case " + c.reference());
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                waitingList.setUrgency(c.caseId(), e.getValue(), admin);
                Notification.show("Case " + c.reference() + " is now " + e.getValue().label().toLowerCase(Locale.UK)
                        + ".", 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException gone) {
                Notification.show(gone.getMessage(), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                show();
            }
        });
        return select;
    }
}
