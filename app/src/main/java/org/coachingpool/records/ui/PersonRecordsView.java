package org.coachingpool.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.UkDates;
import org.coachingpool.records.Erasure;
import org.coachingpool.records.ErasurePlan;
import org.coachingpool.records.SubjectAccess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;

/** One person's records: a copy of everything held about them, and erasure at their request. */
@Route(value = "records/person/:id", layout = MainLayout.class)
@PageTitle("A person's records | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class PersonRecordsView extends VerticalLayout implements BeforeEnterObserver {

    final Checkbox confirmed = new Checkbox();
    final Button erase = new Button("Erase their records");
    final ErrorSummary errors = new ErrorSummary();
    Anchor copy;
    private final Erasure erasure;
    private final SubjectAccess subjectAccess;
    private final CurrentUser admin;
    private UserId personId;

    public PersonRecordsView(Erasure erasure, SubjectAccess subjectAccess, CurrentUsers users) {
        this.erasure = erasure;
        this.subjectAccess = subjectAccess;
        this.admin = users.require();
        setMaxWidth("48rem");
        errors.bind("person", confirmed);
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setDisableOnClick(true);
        erase.addClickListener(e -> erase());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = event.getRouteParameters().get("id").flatMap(UserId::fromText).orElse(null);
        show();
    }

    private void show() {
        removeAll();
        ErasurePlan plan;
        try {
            plan = personId == null ? null : erasure.plan(personId, admin);
        } catch (InvalidInputException gone) {
            plan = null;
        }
        if (plan == null) {
            add(new H1("Page not available"), new Paragraph("There is nobody with that address. Find the person on "
                    + "the records page."), new RouterLink("Back to records and retention", RecordsView.class));
            return;
        }
        String name = plan.person().displayName();
        add(new H1(name + ": records"));

        add(new H2("A copy of their records"),
                new Paragraph("For a subject access request: everything the pool holds about " + name + ", as one "
                        + "page to send them. It leaves out what other people wrote for themselves alone, such as "
                        + "a coach's private notes, and anything held for safeguarding."),
                new Paragraph("Text that is private to " + name + " (notes they keep as a coach or mentor, actions "
                        + "agreed in their sessions, private answers) is not shown to the pool team: the copy says "
                        + "where it exists and tells them how to download it themselves from \u201cYour records\u201d."));
        String file = "records-" + plan.person().username() + "-" + LocalDate.now() + ".html";
        copy = new Anchor(new StreamResource(file, () -> new ByteArrayInputStream(subjectAccess.copyFor(personId, admin))),
                "Download a copy of their records (web page)");
        copy.getElement().setAttribute("download", true);
        add(copy);

        add(new H2("Erase their records"));
        if (plan.cases().isEmpty()) {
            add(new Paragraph(name + " has not asked for coaching or mentoring, so no case is erased."));
        } else {
            var list = new UnorderedList();
            for (CaseSummary c : plan.cases()) {
                list.add(new ListItem(c.reference() + ", asked for on " + UkDates.date(c.requestedAt()) + " ("
                        + c.stage().label() + ")"));
            }
            add(new Paragraph("These cases are erased whole, as at the end of their retention period. A relationship "
                    + "still running is stopped, and its tasks go."), list);
        }
        add(new Paragraph("Their details, profile, offers to join the pool and the emails sent to them are erased too. "
                + "Their account is emptied and can no longer sign in."));
        var keptList = new UnorderedList();
        plan.kept().forEach(k -> keptList.add(new ListItem(k)));
        add(new Paragraph("What is kept, and why:"), keptList);
        if (!plan.mayGoAhead()) {
            var stop = new Div(new H2("This cannot be done yet"));
            var reasons = new UnorderedList();
            plan.blockers().forEach(b -> reasons.add(new ListItem(b)));
            stop.add(reasons);
            stop.addClassName("warning-text");
            add(stop, new RouterLink("Back to records and retention", RecordsView.class));
            return;
        }
        var warning = new Paragraph("Erasing cannot be undone.");
        warning.addClassName("warning-text");
        confirmed.setLabel("I have checked that " + name + " asked for this, and that these are their records");
        confirmed.setValue(false);
        erase.setEnabled(true);
        add(warning, errors, confirmed, erase);
    }

    private void erase() {
        errors.clear();
        if (!Boolean.TRUE.equals(confirmed.getValue())) {
            errors.show(new InvalidInputException("person", "Tick the box to confirm this person asked for their "
                    + "records to be erased."));
            erase.setEnabled(true);
            return;
        }
        try {
            erasure.erase(personId, admin);
            removeAll();
            var panel = new Div(new H1("Records erased"), new Paragraph("Their account is now shown as \u201cErased person\u201d"));
            panel.addClassName("confirmation-panel");
            add(panel, new Paragraph("Tell them it is done, and what was kept and why, from the list you read on the "
                            + "previous page. The erasure is in the audit log."),
                    new RouterLink("Back to records and retention", RecordsView.class));
        } catch (InvalidInputException problem) {
            errors.show(problem);
            erase.setEnabled(true);
        }
    }
}
