package org.coachingpool.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.coachingpool.people.Passwords;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.KnownDevices;

/**
 * The page a one-time link opens: its owner chooses their password, signed out, and nobody else
 * learns it (issue 27). A link used, expired or mistyped says so and what to do.
 */
@Route("set-password/:token")
@PageTitle("Choose your password | Coaching Pool")
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Type the new password again");
    final Button choose = new Button("Save my password");
    final ErrorSummary errors = new ErrorSummary();
    private final Passwords passwords;
    private final KnownDevices devices;
    private String token;
    /** Whose link it is, as the page found it: the browser is remembered for that name once it is used. */
    private String username;

    public SetPasswordView(Passwords passwords, KnownDevices devices) {
        this.passwords = passwords;
        this.devices = devices;
        setMaxWidth("36rem");
        password.setHelperText(PasswordWords.HINT);
        password.setWidthFull();
        repeat.setWidthFull();
        errors.bind("password", password).bind("repeat", repeat);
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setDisableOnClick(true);
        choose.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        var check = passwords.check(token);
        username = check.username();
        if (check.state() != Passwords.LinkState.VALID) {
            add(new H1("This link does not work"), new Paragraph(Passwords.whyNot(check.state())),
                    new Anchor("login", "Go to the sign-in page"));
            return;
        }
        add(new H1("Choose your password"),
                new Paragraph("This is for " + check.displayName() + ", who signs in as " + check.username()
                        + ". Only you will know this password: the pool team cannot see it."),
                errors, password, repeat, choose);
    }

    private void save() {
        errors.clear();
        try {
            passwords.setWithLink(token, password.getValue(), repeat.getValue());
            // This browser is now one its owner signs in from: others' failed guesses do not pause it.
            if (VaadinServletRequest.getCurrent() != null
                    && VaadinServletResponse.getCurrent() != null && username != null) {
                devices.rememberThisBrowser(username,
                        VaadinServletRequest.getCurrent().getHttpServletRequest(),
                        VaadinServletResponse.getCurrent().getHttpServletResponse());
            }
            removeAll();
            var panel = new Div(new H1("Your password is saved"),
                    new Paragraph("You can now sign in with it. You were signed out everywhere else."));
            panel.addClassName("confirmation-panel");
            add(panel, new Anchor("login", "Sign in"));
        } catch (InvalidInputException problem) {
            if ("link".equals(problem.field())) {
                removeAll();
                add(new H1("This link does not work"), new Paragraph(problem.getMessage()),
                        new Anchor("login", "Go to the sign-in page"));
                return;
            }
            errors.show(problem);
            choose.setEnabled(true);
        }
    }
}
