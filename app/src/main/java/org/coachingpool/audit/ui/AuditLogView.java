package org.coachingpool.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.coachingpool.audit.AuditAction;
import org.coachingpool.audit.AuditEntry;
import org.coachingpool.audit.AuditFilter;
import org.coachingpool.audit.AuditLog;
import org.coachingpool.audit.ChainCheck;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * The pool team reads who was shown confidential text, who was refused, each decision and each
 * change the team made, by case and by person, and sees whether the log is whole.
 */
@MenuItem(title = "Audit log", order = 48, forRoles = Role.POOL_ADMIN)
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit log | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class AuditLogView extends VerticalLayout {

    static final int SHOWN = 200;
    final TextField caseReference = new TextField("Case reference");
    final TextField person = new TextField("Person (name or user name)");
    final ComboBox<AuditAction> action = new ComboBox<>("What happened");
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Paragraph chain = new Paragraph();
    private final AuditLog audit;
    private final CurrentUser admin;

    public AuditLogView(AuditLog audit, CurrentUsers users) {
        this.audit = audit;
        this.admin = users.require();
        setMaxWidth("72rem");
        add(new H1("Audit log"));
        add(new Paragraph("Who was shown session notes or other text written in confidence, who asked for something "
                + "that was not theirs, every task completed, and every change the pool team made to people, "
                + "organisations, the pool, settings and processes. Nobody can change or remove an entry. It never "
                + "holds what anyone wrote: only who, what and when."));
        ChainCheck check = audit.latestCheck();
        chain.getElement().setAttribute("role", "status");
        if (check.intact()) {
            chain.addClassNames("notification-banner", "success");
            chain.setText(completeText(check));
        } else {
            chain.addClassName("notification-banner");
            chain.setText("Warning: entry " + check.firstBroken() + " does not match the entries before it. Someone with "
                    + "access to the database may have changed or removed entries. Tell your information governance "
                    + "team and keep the database as it is.");
        }
        add(chain);

        caseReference.setValueChangeMode(ValueChangeMode.LAZY);
        caseReference.setClearButtonVisible(true);
        caseReference.setHelperText("For example, CP-2026-0042");
        caseReference.addValueChangeListener(e -> show());
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        person.setHelperText("What they did, and what was done to their account");
        person.addValueChangeListener(e -> show());
        action.setItems(audit.actionsShownTo(admin));
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        action.setPlaceholder("Anything");
        action.addValueChangeListener(e -> show());
        person.setWidth("18rem");
        var filters = new HorizontalLayout(caseReference, person, action);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(e -> UkDates.dateTime(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setFlexGrow(1);
        grid.addColumn(e -> e.action().label()).setHeader("What happened").setFlexGrow(1);
        grid.addColumn(AuditLogView::detail).setHeader("Details").setFlexGrow(3);
        grid.addColumn(e -> e.caseReference() == null ? "" : e.caseReference()).setHeader("Case").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Audit log entries, newest first");
        grid.setHeight("32rem");
        add(filters, summary, grid);
        show();
    }

    static String detail(AuditEntry entry) {
        return entry.subjectName() == null ? entry.detail() : entry.detail() + " (" + entry.subjectName() + ")";
    }

    void show() {
        List<AuditEntry> found = audit.find(new AuditFilter(caseReference.getValue(), person.getValue(), action.getValue(),
                SHOWN), admin);
        grid.setItems(found);
        summary.setText(found.isEmpty() ? "No entry matches."
                : found.size() >= SHOWN ? "Showing the newest " + SHOWN + ": narrow the search to see older ones."
                : "Showing " + found.size() + (found.size() == 1 ? " entry." : " entries."));
    }

    /** What the banner says of a whole chain, in words that fit an empty, a one-entry and a long log. */
    static String completeText(ChainCheck check) {
        return check.entries() == 0
                    ? "The log has no entries yet. It was last checked on " + UkDates.dateTime(check.checkedAt())
                            + " and is checked every hour."
                    : check.entries() == 1
                    ? "The log is complete. At its last check, on " + UkDates.dateTime(check.checkedAt())
                            + ", its one entry had not been changed. It is checked every hour."
                    : "The log is complete. At its last check, on " + UkDates.dateTime(check.checkedAt())
                            + ", each of the " + String.format(Locale.UK, "%,d", check.entries())
                            + " entries it then held was linked to the one before, and none had been changed or"
                            + " removed. It is checked every hour.";
    }
}
