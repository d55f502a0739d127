package org.coachingpool.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.coachingpool.mail.CalendarPart;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.MailState;
import org.coachingpool.mail.SentMail;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * The pool team sees every email the service wrote: to whom, what it said, and whether it went.
 * Failed ones can be tried again. In the embedded default this is where all email ends up.
 */
@MenuItem(title = "Sent mail", order = 47, forRoles = Role.POOL_ADMIN)
@Route(value = "sent-mail", layout = MainLayout.class)
@PageTitle("Sent mail | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class SentMailView extends VerticalLayout {

    static final int SHOWN = 200;
    final ComboBox<MailState> state = new ComboBox<>("Status");
    final TextField recipient = new TextField("To (name or address)");
    final TextField caseReference = new TextField("Case reference");
    final Grid<SentMail> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Paragraph failures = new Paragraph();
    final Paragraph done = new Paragraph();
    /** The chosen email, below the list at its full length: inside the list's fixed height it was squeezed. */
    final Div reading = new Div();
    private final Mail mail;
    private final CurrentUser admin;

    public SentMailView(Mail mail, CurrentUsers users) {
        this.mail = mail;
        this.admin = users.require();
        setMaxWidth("72rem");
        add(new H1("Sent mail"));
        add(new Paragraph(mail.isDemonstration()
                ? "This is a demonstration: the email the service writes is kept here and not sent to anyone. In "
                        + "production it goes to people's work addresses."
                : "Every email the service has written, newest first. Emails never contain what people wrote: only "
                        + "who, what to do, by when, and a link."));
        failures.addClassName("notification-banner");
        failures.getElement().setAttribute("role", "status");
        done.addClassNames("notification-banner", "success");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        add(done, failures);

        state.setItems(MailState.values());
        state.setItemLabelGenerator(MailState::label);
        state.setClearButtonVisible(true);
        state.setPlaceholder("Any");
        state.addValueChangeListener(e -> show());
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        recipient.addValueChangeListener(e -> show());
        caseReference.setValueChangeMode(ValueChangeMode.LAZY);
        caseReference.setClearButtonVisible(true);
        caseReference.setHelperText("For example, CP-2026-0042");
        caseReference.addValueChangeListener(e -> show());
        var filters = new HorizontalLayout(state, recipient, caseReference);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(m -> UkDates.dateTime(m.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(LitRenderer.<SentMail>of(
                        "<div>${item.name}</div><div style=\"overflow-wrap:anywhere;font-size:var(--lumo-font-size-s)\">${item.address}</div>")
                .withProperty("name", SentMail::recipientName).withProperty("address", SentMail::toAddress))
                .setHeader("To").setFlexGrow(2);
        grid.addColumn(SentMail::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(SentMailView::status).setHeader("Status").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", "Email written by the service, newest first");
        grid.setHeight("28rem");
        grid.asSingleSelect().addValueChangeListener(e -> read(e.getValue()));
        reading.addClassName("sent-mail-reading");
        reading.getElement().setAttribute("aria-live", "polite");
        add(filters, summary, grid, reading);
        show();
    }

    static String status(SentMail m) {
        return switch (m.state()) {
            case SENT, CAUGHT, IN_DIGEST -> m.state().label() + (m.sentAt() == null ? "" : " on " + UkDates.dateTime(m.sentAt()));
            case WAITING -> m.attempts() == 0 ? m.state().label()
                    : "Not sent yet: tried " + m.attempts() + (m.attempts() == 1 ? " time" : " times")
                            + ", next try " + UkDates.dateTime(m.nextAttemptAt());
            case FAILED -> "Could not be sent after " + m.attempts() + " tries";
            case SENDING -> m.state().label();
        };
    }

    void show() {
        List<SentMail> found = mail.find(new MailFilter(state.getValue(), recipient.getValue(), caseReference.getValue(),
                SHOWN), admin);
        grid.setItems(found);
        summary.setText(found.isEmpty() ? "No email matches."
                : (found.size() >= SHOWN ? "Showing the newest " + SHOWN + ": narrow the search to see older ones."
                : "Showing " + found.size() + (found.size() == 1 ? " email." : " emails.")) + " Select one to read it.");
        int failed = mail.failedCount();
        failures.setVisible(failed > 0);
        failures.setText((failed == 1 ? "1 email" : failed + " emails") + " could not be sent. Choose Status: Could "
                + "not be sent to find them; select one to see the mail server's answer and to try again.");
    }

    private void read(SentMail chosen) {
        reading.removeAll();
        if (chosen != null) {
            reading.add(detailsOf(chosen));
            reading.scrollIntoView();
        }
    }

    /** What an email said and how its sending went, shown below the list. */
    Div detailsOf(SentMail chosen) {
        var details = new Div();
        details.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "5px solid #b1b4b6");
        var body = new Pre(chosen.body());
        body.getStyle().set("white-space", "pre-wrap");
        details.add(new H2(chosen.subject()),
                new Paragraph("To: " + chosen.recipientName() + " (" + chosen.toAddress() + ")"),
                new Paragraph("Status: " + status(chosen)));
        if (chosen.lastError() != null) {
            details.add(new Paragraph("The mail server's last answer: " + chosen.lastError()));
        }
        details.add(body);
        if (chosen.calendar() != null) {
            details.add(new Paragraph(chosen.calendar().method() == CalendarPart.Method.CANCEL
                    ? "With a calendar cancellation (cancelled.ics) that removes the meeting from the calendar."
                    : "With a calendar invitation (invite.ics) that adds the meeting to the calendar, or updates it."));
        }
        if (chosen.canBeTriedAgain()) {
            var again = new Button("Try again now", e -> {
                boolean queued = mail.tryAgain(chosen.id(), admin);
                show();
                done.setText(queued ? "The email to " + chosen.recipientName() + " will be sent again in a moment."
                        : "The email to " + chosen.recipientName() + " has been sent meanwhile.");
                done.setVisible(true);
            });
            again.setDisableOnClick(true);
            details.add(again);
        }
        return details;
    }
}
