package org.coachingpool.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

@Route("login")
@PageTitle("Sign in | Coaching Pool")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final java.time.Duration pause;

    public LoginView(@Value("${coachingpool.demo:false}") boolean demo, org.coachingpool.security.SignInThrottle throttle) {
        this.pause = throttle.pause();
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(texts(false));
        add(new H1("Coaching Pool"), login);
        add(new com.vaadin.flow.component.html.Anchor("accessibility", "Accessibility statement"));
        if (demo) {
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
                    + "forgotten your password, ask your pool team to set a new one.");
        } else {
            i18n.getErrorMessage().setTitle("Those details did not match");
            i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var error = event.getLocation().getQueryParameters().getParameters().get("error");
        boolean paused = error != null && error.contains("wait");
        login.setI18n(texts(paused));
        login.setError(error != null);
    }
}
