package org.coachingpool.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.coachingpool.security.SessionAgeLimit;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The sign-in page, seen by nobody signed in yet. */
class LoginViewTest extends EmbeddedStackTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private void open(QueryParameters query) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.coachingpool"), context,
                UI::new));
        UI.getCurrent().navigate("login", query);
    }

    @Test
    void theDemoModeNamesTheSamplePeopleAndTheFormPostsToSpringSecurity() {
        open(QueryParameters.empty());
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("sign in as thinker"));
    }

    /** Issue 28: signed out by the service, the person is told why, once. */
    @Test
    void aSessionTheServiceEndedIsExplainedOnceOnTheSignInPage() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.coachingpool"), context,
                UI::new));
        VaadinSession.getCurrent().getSession().setAttribute(
                SessionAgeLimit.SIGNED_OUT_BECAUSE,
                SessionAgeLimit.SignedOut.IDLE);
        UI.getCurrent().navigate("login", QueryParameters.empty());
        var view = _get(LoginView.class);
        assertThat(view.signedOut.isVisible()).isTrue();
        assertThat(view.signedOut.getText()).startsWith("You were signed out because nothing happened for a while")
                .contains("drafts you saved are kept");

        UI.getCurrent().navigate("accessibility");
        UI.getCurrent().navigate("login", QueryParameters.empty());
        assertThat(_get(LoginView.class).signedOut.isVisible()).as("said once").isFalse();
    }

    @Test
    void aFailedSignInShowsTheMessage() {
        open(QueryParameters.simple(Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Those details did not match");
    }

    @Test
    void aPausedSignInSaysHowLongToWaitAndNothingAboutTheAccount() {
        open(QueryParameters.simple(Map.of("error", "wait")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Too many attempts to sign in")
                .contains("Wait 15 minutes").doesNotContain("Those details did not match");
    }

    /** Heartbeats of a tab left open must not keep its session alive (issue 14). */
    @Test
    void anOpenTabWithoutInteractionDoesNotKeepItsSessionAlive() {
        open(QueryParameters.empty());
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
