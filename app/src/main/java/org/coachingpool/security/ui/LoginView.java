package org.coachingpool.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.Objects;
import org.coachingpool.security.OidcSettings;
import org.coachingpool.security.SessionAgeLimit;
import org.coachingpool.security.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;

@Route("login")
@PageTitle("Sign in | Coaching Pool")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    final Paragraph problem = new Paragraph();
    /** Why the person was signed out, when the service did it: said once, on the next sign-in page. */
    final Paragraph signedOut = new Paragraph();
    private final Duration pause;
    private final String providerName;

    public LoginView(@Value("${coachingpool.demo:false}") boolean demo, SignInThrottle throttle,
            OidcSettings oidc,
            @Value("${coachingpool.sign-in.passwords:true}") boolean passwords) {
        this.pause = throttle.pause();
        this.providerName = oidc.name();
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts(false));
        problem.addClassName("error-summary");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        problem.setMaxWidth("30rem");
        signedOut.addClassName("notification-banner");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        signedOut.setMaxWidth("30rem");
        add(new H1("Coaching Pool"), signedOut, problem);
        if (oidc.enabled()) {
            // A plain link the router leaves alone: the browser goes to the identity provider.
            var organisation = new Anchor("oauth2/authorization/organisation",
                    "Sign in with " + oidc.name());
            organisation.getElement().setAttribute("router-ignore", true);
            organisation.addClassName("sign-in-organisation");
            add(organisation);
            if (passwords) {
                add(new Paragraph("Or sign in with a username and password from the pool team:"));
            }
        }
        login.setVisible(passwords);
        add(login);
        add(new Anchor("accessibility", "Accessibility statement"));
        if (demo && passwords) {
            var hint = new Paragraph("Demo mode: sign in as thinker, sponsor, coach1, coach2, coach3, "
                    + "pooladmin or processadmin, password 'demo'.");
            hint.addClassName("demo-hint");
            add(hint);
        }
    }

    /**
     * The same words whether or not the name has an account; after too many failures, how long
     * to wait, again for any name.
     */
    private LoginI18n texts(boolean paused) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        if (paused) {
            i18n.getErrorMessage().setTitle("Too many attempts to sign in");
            i18n.getErrorMessage().setMessage("Wait " + pause.toMinutes() + " minutes, then try again. If you have "
                    + "forgotten your password, ask the pool team to email you a link to choose a new one.");
        } else {
            i18n.getErrorMessage().setTitle("Those details did not match");
            i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null
                && session.getSession().getAttribute(SessionAgeLimit.SIGNED_OUT_BECAUSE)
                instanceof SessionAgeLimit.SignedOut reason) {
            session.getSession().removeAttribute(SessionAgeLimit.SIGNED_OUT_BECAUSE);
            signedOut.setText(signedOutText(reason));
            signedOut.setVisible(true);
        }
        var error = event.getLocation().getQueryParameters().getParameters().get("error");
        String organisationProblem = error == null ? null : error.stream().map(this::organisationProblem)
                .filter(Objects::nonNull).findFirst().orElse(null);
        problem.setText(organisationProblem == null ? "" : organisationProblem);
        problem.setVisible(organisationProblem != null);
        boolean paused = error != null && error.contains("wait");
        login.setI18n(texts(paused));
        login.setError(error != null && organisationProblem == null);
    }

    /** Why the service signed the person out, and what to do; nothing they saved is lost. */
    static String signedOutText(SessionAgeLimit.SignedOut reason) {
        return switch (reason) {
            case IDLE -> "You were signed out because nothing happened for a while, to keep people's information "
                    + "safe. Sign in again to carry on: drafts you saved are kept.";
            case TOO_LONG -> "You were signed out because you had been signed in for many hours. Sign in again to "
                    + "carry on: drafts you saved are kept.";
            case PASSWORD_CHANGED -> "You were signed out because your password was changed or reset. Sign in with "
                    + "your new password.";
        };
    }

    /** Why signing in with the organisation's account did not work, in words for the person. */
    String organisationProblem(String code) {
        return switch (code) {
            case "unknown" -> "You signed in with " + providerName + ", but the coaching and mentoring pool has no "
                    + "record of you with that email address. Ask your pool team to add you, using your work email.";
            case "disabled" -> "You signed in with " + providerName + ", but your place in the coaching and mentoring "
                    + "pool has been switched off. Ask your pool team if you think this is wrong.";
            case "role" -> "You signed in with " + providerName + ", but your organisation has not given you access "
                    + "to the coaching and mentoring pool. Ask your IT service desk or your pool team.";
            case "unverified" -> "You signed in with " + providerName + ", but it did not confirm your email "
                    + "address, so the coaching and mentoring pool cannot tell which record is yours. Ask your IT "
                    + "service desk to verify your email address, then try again.";
            case "elsewhere" -> "You signed in with " + providerName + ", but the pool's record with that email "
                    + "address belongs to someone else's " + providerName + ". Ask your pool team to check your "
                    + "email address in the pool.";
            case "provider" -> "Signing in with " + providerName + " is not working at the moment. Try again in a few "
                    + "minutes. If it keeps happening, tell your IT service desk.";
            case "passwords" -> "Signing in with a password is switched off. Use " + providerName + ".";
            case "expired" -> "The sign-in page was open for too long, so you were not signed in. Enter your "
                    + "username and password again.";
            default -> null;
        };
    }
}
