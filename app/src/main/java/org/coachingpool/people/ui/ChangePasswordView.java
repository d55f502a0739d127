package org.coachingpool.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.coachingpool.people.Passwords;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.SessionAgeLimit;

/**
 * Everyone changes their own password here. The change signs them out everywhere else; this
 * session goes on.
 */
@MenuItem(title = "Change your password", order = 72)
@Route(value = "your-password", layout = MainLayout.class)
@PageTitle("Change your password | Coaching Pool")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Type the new password again");
    final Button change = new Button("Change my password");
    final ErrorSummary errors = new ErrorSummary();
    private final Passwords passwords;
    private final CurrentUser me;

    public ChangePasswordView(Passwords passwords, CurrentUsers users) {
        this.passwords = passwords;
        this.me = users.require();
        setMaxWidth("36rem");
        password.setHelperText(PasswordWords.HINT);
        for (var field : List.of(current, password, repeat)) {
            field.setWidthFull();
        }
        errors.bind("current", current).bind("password", password).bind("repeat", repeat);
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setDisableOnClick(true);
        change.addClickListener(e -> save());
        add(new H1("Change your password"),
                new Paragraph("Changing it signs you out everywhere else, for example on another computer or phone."),
                errors, current, password, repeat, change);
    }

    private void save() {
        errors.clear();
        try {
            var changedAt = passwords.change(me, current.getValue(), password.getValue(), repeat.getValue());
            // This session began before the change but is the one that made it: it goes on.
            var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
            if (session != null) {
                session.setAttribute(SessionAgeLimit.RENEWED_AT,
                        Math.max(System.currentTimeMillis(), changedAt.toEpochMilli()));
            }
            removeAll();
            var panel = new Div(new H1("Your password is changed"),
                    new Paragraph("Use it the next time you sign in. We have emailed you to say it changed."));
            panel.addClassName("confirmation-panel");
            add(panel, new Anchor("", "Go to your tasks"));
        } catch (InvalidInputException problem) {
            errors.show(problem);
            current.clear();
            change.setEnabled(true);
        }
    }
}
