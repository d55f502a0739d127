package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signing in and staying signed in, in a real browser. */
class SignInIT extends JourneyTest {

    @Override
    String name() {
        return "sign-in";
    }

    /**
     * A service worker installed by the login page used to fetch with the pre-login session id
     * while the sign-in changed it; the server answered with a fresh anonymous session and the
     * person was signed out at their next reload (ADR 0005).
     */
    @Test
    void aSignedInPersonStaysSignedInAcrossReloads() {
        for (String user : List.of("thinker", "sponsor", "pooladmin")) {
            as(user, page -> {
                assertThat(page.getByText("Demo mode")).isVisible();
                for (int reload = 0; reload < 3; reload++) {
                    page.waitForTimeout(300 * reload);
                    page.reload();
                    org.assertj.core.api.Assertions.assertThat(page.url()).as(user + " after reload " + reload)
                            .doesNotContain("/login");
                    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                            .isVisible();
                }
                org.assertj.core.api.Assertions.assertThat(BrowserSession.serviceWorkers(page)).as("service workers")
                        .isZero();
            });
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.waitForFunction("() => !!customElements.get('vaadin-login-form')");
        page.getByLabel("Username").fill("sponsor");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Those details did not match")).isVisible();
        check(page, "login refused");
        page.context().close();
    }

    @Test
    void signingOutEndsTheSession() {
        as("thinker", page -> {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL(url -> url.contains("/login"));
            page.navigate(browser.url("/"));
            page.waitForURL(url -> url.contains("/login"));
        });
    }
}
