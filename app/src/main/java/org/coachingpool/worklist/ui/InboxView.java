package org.coachingpool.worklist.ui;

import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coachingpool.cases.Stage;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.worklist.InboxNotices;
import org.coachingpool.worklist.InboxUpdates;
import org.coachingpool.worklist.InboxPage;
import org.coachingpool.worklist.InboxQuery;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;

/**
 * Everyone's start page: the tasks waiting for them, assigned to them or offered to their team.
 * New tasks appear without a reload.
 */
@MenuItem(title = "My tasks", order = 0, countsTasks = true)
@Route(value = "", layout = MainLayout.class)
@PageTitle("My tasks | Coaching Pool")
@PermitAll
public class InboxView extends VerticalLayout {

    private static final DateTimeFormatter DUE = UkDates.DATE;
    static final String ALL_STAGES = "All stages";
    static final String ALL_TASKS = "";
    /** More rows than a person works through in a sitting; the filters reach the rest. */
    static final int SHOWN = 200;

    final Grid<WorkItem> grid = new Grid<>();
    final TextField search = new TextField("Find a task or case");
    final Select<String> stage = new Select<>();
    final Select<String> kind = new Select<>();
    final Select<Due> due = new Select<>();
    final Paragraph empty = new Paragraph("Nothing is waiting for you. New tasks appear here when a case needs you.");
    private final Worklist worklist;
    private final InboxUpdates updates;
    private final CurrentUser user;
    private final Clock clock;
    final Paragraph partial = new Paragraph();
    /** What the buttons do, in words: "Take" meant nothing to people who had not used a team inbox. */
    final Paragraph howTo = new Paragraph();
    private InboxUpdates.Subscription subscription;
    private Map<String, String> kindTitles = Map.of();
    private boolean reloading;

    /** The due-date filter. */
    enum Due {
        ANY("Any time"), OVERDUE("Overdue"), WEEK("Due within 7 days");

        final String label;

        Due(String label) {
            this.label = label;
        }
    }

    public InboxView(Worklist worklist, InboxUpdates updates, CurrentUsers users, Clock clock,
            List<InboxNotices> notices) {
        this.worklist = worklist;
        this.updates = updates;
        this.user = users.require();
        this.clock = clock;
        setMaxWidth("72rem");

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setPlaceholder("Task, person or case reference");
        search.setMinWidth("18rem");
        search.addValueChangeListener(e -> reload());
        stage.setLabel("Stage");
        stage.setItems(stageOptions());
        stage.setValue(ALL_STAGES);
        stage.addValueChangeListener(e -> reload());
        kind.setLabel("Task");
        kind.setItems(ALL_TASKS);
        kind.setValue(ALL_TASKS);
        kind.setItemLabelGenerator(id -> ALL_TASKS.equals(id) ? "All tasks" : kindTitles.getOrDefault(id, id));
        kind.addValueChangeListener(e -> reload());
        due.setLabel("Due");
        due.setItems(Due.values());
        due.setItemLabelGenerator(d -> d.label);
        due.setValue(Due.ANY);
        due.addValueChangeListener(e -> reload());
        var filters = new HorizontalLayout(search, stage, kind, due);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(WorkItem::title).setHeader("Task").setSortable(true)
                .setComparator(Comparator.comparing(WorkItem::title)).setAutoWidth(true);
        grid.addColumn(i -> i.thinkerName() == null ? "" : i.thinkerName()).setHeader("For").setSortable(true)
                .setComparator(Comparator.comparing(i -> Objects.toString(i.thinkerName(), ""))).setAutoWidth(true);
        grid.addColumn(WorkItem::caseReference).setHeader("Case").setSortable(true)
                .setComparator(Comparator.comparing(i -> Objects.toString(i.caseReference(), ""))).setAutoWidth(true);
        grid.addColumn(i -> i.caseStage() == null ? "" : Stage.valueOf(i.caseStage()).label()).setHeader("Stage")
                .setAutoWidth(true);
        var due = grid.addComponentColumn(this::dueBadge).setHeader("Due").setSortable(true)
                .setComparator(Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkItem::title));
        grid.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Your tasks");
        grid.setAllRowsVisible(true);
        // One column sorts at a time: several showed numbered markers ("▲2 ▲1") that nobody could read.
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));

        partial.setVisible(false);
        add(new H1("My tasks"));
        var reminders = notices.stream().flatMap(n -> n.noticesFor(user).stream()).toList();
        if (!reminders.isEmpty()) {
            var banner = new Div(new H2("Reminders"));
            banner.addClassName("notification-banner");
            banner.getElement().setAttribute("role", "region");
            banner.getElement().setAttribute("aria-label", "Reminders");
            reminders.forEach(r -> banner.add(new Paragraph(r)));
            add(banner);
        }
        add(filters, howTo, partial, grid, empty);
        reload();
    }

    private static List<String> stageOptions() {
        var options = new ArrayList<String>();
        options.add(ALL_STAGES);
        for (Stage s : Stage.values()) {
            options.add(s.label());
        }
        return options;
    }

    void reload() {
        if (reloading) {
            return;
        }
        reloading = true;
        try {
            refreshKinds();
            show();
        } finally {
            reloading = false;
        }
    }

    /** The task filter offers the kinds of task open now; a chosen kind that is gone falls back to all. */
    private void refreshKinds() {
        Map<String, String> now = worklist.openTaskKinds(user);
        if (now.equals(kindTitles)) {
            return;
        }
        String chosen = kind.getValue();
        kindTitles = now;
        var options = new ArrayList<String>();
        options.add(ALL_TASKS);
        options.addAll(now.keySet());
        kind.setItems(options);
        kind.setValue(options.contains(chosen) ? chosen : ALL_TASKS);
    }

    private void show() {
        String text = search.getValue();
        String stageName = Arrays.stream(Stage.values()).filter(st -> st.label().equals(stage.getValue()))
                .map(Enum::name).findFirst().orElse(null);
        String element = ALL_TASKS.equals(kind.getValue()) ? null : kind.getValue();
        Instant dueBefore = switch (due.getValue() == null ? Due.ANY : due.getValue()) {
            case ANY -> null;
            case OVERDUE -> clock.instant();
            case WEEK -> clock.instant().plus(Duration.ofDays(7));
        };
        boolean filtered = (text != null && !text.isBlank()) || stageName != null || element != null || dueBefore != null;
        InboxPage page = worklist.inbox(user, new InboxQuery(text, stageName, element, dueBefore, SHOWN));
        grid.setItems(page.items());
        grid.setVisible(!page.items().isEmpty());
        boolean team = page.items().stream().anyMatch(i -> i.isClaimable() || i.isClaimed());
        howTo.setVisible(!page.items().isEmpty());
        howTo.setText("Choose Open to see a task and answer it. Tasks due soonest come first; choose a column's "
                + "heading to sort by it." + (team ? " Tasks for your team can be done by any of you: Take puts "
                + "one in your name so the others know you are doing it, and Hand back returns it to the team." : ""));
        empty.setVisible(page.items().isEmpty());
        empty.setText(filtered ? "No task matches those filters."
                : "Nothing is waiting for you. New tasks appear here when a case needs you.");
        partial.setVisible(page.isPartial());
        partial.setText("Showing the " + page.items().size() + " most urgent of " + page.total()
                + " tasks. Use the filters to find the others.");
    }

    private Span dueBadge(WorkItem item) {
        if (item.dueAt() == null) {
            return new Span("");
        }
        var date = DUE.format(item.dueAt().atZone(ZoneId.systemDefault()));
        var badge = new Span(item.isOverdue(clock.instant()) ? "Overdue since " + date : date);
        if (item.isOverdue(clock.instant())) {
            badge.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return badge;
    }

    private HorizontalLayout actions(WorkItem item) {
        var open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(TaskRoutes.of(item))));
        open.setAriaLabel("Open " + item.title() + forCase(item));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var row = new HorizontalLayout(open);
        if (item.isClaimable()) {
            var take = new Button("Take", e -> act(() -> worklist.claim(item.id(), user), "You have taken the task."));
            take.setAriaLabel("Take " + item.title() + forCase(item));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(take);
        }
        if (item.isClaimed()) {
            var handBack = new Button("Hand back", e -> act(() -> worklist.handBack(item.id(), user),
                    "The task is back with your team."));
            handBack.setAriaLabel("Hand back " + item.title() + forCase(item));
            handBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(handBack);
        }
        return row;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (WorkItemUnavailableException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = updates.subscribe(user, () -> ui.access(this::reload));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** Tasks outside a case (joining the pool) have no case to name. */
    private static String forCase(WorkItem item) {
        return item.caseReference() == null ? "" : " for case " + item.caseReference();
    }
}
