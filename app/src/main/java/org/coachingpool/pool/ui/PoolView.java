package org.coachingpool.pool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.Pool;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** The pool at a glance: who coaches and mentors, their places and pledges, what is due. */
@MenuItem(title = "The pool", order = 42, forRoles = Role.POOL_ADMIN)
@Route(value = "pool", layout = MainLayout.class)
@PageTitle("The pool | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class PoolView extends VerticalLayout {

    final ComboBox<String> organisation = new ComboBox<>("Organisation");
    final ComboBox<DevelopmentArea> specialism = new ComboBox<>("Specialism");
    final ComboBox<MemberStatus> status = new ComboBox<>("Status");
    final Grid<PoolMember> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final Pool pool;
    private final CurrentUser admin;
    private final Clock clock;

    public PoolView(Pool pool, CurrentUsers users, Clock clock) {
        this.pool = pool;
        this.admin = users.require();
        this.clock = clock;
        setMaxWidth("80rem");
        // The whole pool once: the organisations to filter by, and the list shown first.
        List<PoolMember> everyone = pool.overview(Pool.Filter.ALL, admin);
        organisation.setItems(everyone.stream().map(m -> m.person().organisation()).distinct().sorted().toList());
        organisation.setClearButtonVisible(true);
        specialism.setItems(DevelopmentArea.values());
        specialism.setItemLabelGenerator(DevelopmentArea::label);
        specialism.setClearButtonVisible(true);
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(MemberStatus::label);
        status.setClearButtonVisible(true);
        organisation.addValueChangeListener(e -> show());
        specialism.addValueChangeListener(e -> show());
        status.addValueChangeListener(e -> show());

        grid.addColumn(m -> m.person().displayName()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(m -> m.person().organisation()).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(m -> m.profile().kind().label()).setHeader("Offers").setFlexGrow(1);
        grid.addColumn(this::statusText).setHeader("Status").setFlexGrow(1);
        grid.addComponentColumn(PoolView::places).setHeader("Places in use").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(PoolView::pledge).setHeader("Pledge this term").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(this::due).setHeader("Due").setFlexGrow(2);
        grid.addComponentColumn(PoolView::open).setHeader("Profile").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Coaches and mentors");
        grid.setAllRowsVisible(true);

        var filters = new FlexLayout(organisation, specialism, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1("The pool"), new Paragraph("Coaches and mentors, the relationships they hold and the hours they "
                + "give against their pledge. Open a profile to change it."), filters, summary, grid);
        show();
    }

    private static Button open(PoolMember m) {
        var button = new Button("Open", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ProfileView.class,
                new RouteParameters("member", m.person().id().toString()))));
        button.setAriaLabel("Open " + m.person().displayName() + "'s profile");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void show() {
        List<PoolMember> members = pool.overview(new Pool.Filter(organisation.getValue(), specialism.getValue(),
                status.getValue()), admin);
        grid.setItems(members);
        LocalDate today = LocalDate.now(clock);
        long active = members.stream().filter(m -> m.profile().statusOn(today) == MemberStatus.ACTIVE).count();
        int free = members.stream().filter(m -> m.profile().statusOn(today) == MemberStatus.ACTIVE)
                .mapToInt(PoolMember::placesLeft).sum();
        summary.setText(members.size() + (members.size() == 1 ? " member" : " members") + " shown: " + active
                + " active, with " + free + (free == 1 ? " place" : " places") + " free.");
    }

    private String statusText(PoolMember m) {
        MemberStatus now = m.profile().statusOn(LocalDate.now(clock));
        return now == MemberStatus.PAUSED ? "Paused until " + UkDates.date(m.profile().pausedUntil()) : now.label();
    }

    private static Component places(PoolMember m) {
        int max = m.profile().maxActiveRelationships();
        var bar = new ProgressBar(0, Math.max(1, max), Math.min(m.running(), Math.max(1, max)));
        String words = m.running() + " of " + max;
        bar.getElement().setAttribute("aria-label", "Places in use for " + m.person().displayName() + ": " + words);
        return new Div(new Span(words), bar);
    }

    private static Component pledge(PoolMember m) {
        var p = m.pledge();
        double max = Math.max(1, p.hoursForTerm());
        var bar = new ProgressBar(0, max, Math.min(p.hoursDelivered(), max));
        String words = hours(p.hoursDelivered()) + " of " + p.hoursForTerm() + " hours";
        bar.getElement().setAttribute("aria-label", "Pledge for " + m.person().displayName() + ": " + words);
        var text = new Span(words + (p.endsSoon() ? ", term ends " + UkDates.date(p.termEnd()) : ""));
        return new Div(text, bar);
    }

    private String due(PoolMember m) {
        LocalDate today = LocalDate.now(clock);
        var parts = new ArrayList<String>();
        dueText("Supervision", m.profile().supervisionDue(), today).ifPresent(parts::add);
        dueText("CPD", m.profile().cpdDue(), today).ifPresent(parts::add);
        return parts.isEmpty() ? "" : String.join("; ", parts);
    }

    /** A due date worth mentioning: overdue, or within a month. */
    static Optional<String> dueText(String what, LocalDate due, LocalDate today) {
        if (due == null) {
            return Optional.empty();
        }
        if (due.isBefore(today)) {
            return Optional.of(what + " overdue since " + UkDates.date(due));
        }
        return due.isAfter(today.plusMonths(1)) ? Optional.empty()
                : Optional.of(what + " due " + UkDates.date(due));
    }

    /** Hours as people say them: 12, 2.5 (one decimal place, none when whole). */
    static String hours(double hours) {
        double tenths = Math.round(hours * 10) / 10.0;
        return tenths == Math.rint(tenths) ? String.valueOf((long) tenths)
                : String.format(Locale.UK, "%.1f", tenths);
    }
}
