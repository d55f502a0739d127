package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a thinker asks for coaching, the sponsor endorses it from their inbox,
 * and the pool admin finds the triage task.
 */
class RequestJourneyIT extends EmbeddedStackTest {

    @LocalServerPort int port;
    static BrowserSession browser;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private BrowserSession browser() {
        if (browser == null) {
            browser = new BrowserSession("http://localhost:" + port);
        }
        return browser;
    }

    @Test
    void aRequestTravelsFromThinkerToSponsorToPoolAdmin() {
        Page thinker = browser().signIn("thinker");
        assertThat(thinker.getByText("Demo mode")).isVisible();
        BrowserSession.screenshot(thinker, "thinker-inbox");
        thinker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for coaching or mentoring")).click();
        thinker.getByText("Coaching", new Page.GetByTextOptions().setExact(true)).click();
        thinker.getByText("Leadership", new Page.GetByTextOptions().setExact(true)).click();
        thinker.getByLabel("Your goals, in your own words").fill("Lead my team through the restructure");
        thinker.getByLabel("Your sponsor (usually your line manager)").fill("Tom");
        thinker.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Tom Bennett")).click();
        BrowserSession.screenshot(thinker, "thinker-request");
        thinker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(thinker.getByText("Request sent")).isVisible();
        thinker.context().close();

        Page sponsor = browser().signIn("sponsor");
        openTaskWhenItArrives(sponsor, "Endorse request");
        assertThat(sponsor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endorse request CP-"))).isVisible();
        BrowserSession.screenshot(sponsor, "sponsor-endorse");
        sponsor.getByText("I will protect time for the sessions").click();
        sponsor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endorse request")).click();
        assertThat(sponsor.getByText("Thank you")).isVisible();
        sponsor.context().close();

        Page admin = browser().signIn("pooladmin");
        openTaskWhenItArrives(admin, "Triage request");
        BrowserSession.screenshot(admin, "pooladmin-task");
        admin.context().close();
    }

    /**
     * A service worker installed by the login page used to fetch with the pre-login session id
     * while the sign-in changed it; the server answered with a fresh anonymous session and the
     * person was signed out at their next reload (ADR 0005).
     */
    @Test
    void aSignedInPersonStaysSignedInAcrossReloads() {
        for (String user : List.of("thinker", "sponsor", "pooladmin")) {
            Page page = browser().signIn(user);
            for (int reload = 0; reload < 3; reload++) {
                page.waitForTimeout(300 * reload);
                page.reload();
                org.assertj.core.api.Assertions.assertThat(page.url()).as(user + " after reload " + reload).doesNotContain("/login");
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                        .isVisible();
            }
            org.assertj.core.api.Assertions.assertThat(BrowserSession.serviceWorkers(page)).as("service workers")
                    .isZero();
            page.context().close();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        Page page = browser().newPage();
        page.navigate(browser().url("/login"));
        page.getByLabel("Username").fill("sponsor");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByText("Those details did not match")).isVisible();
        BrowserSession.screenshot(page, "login-refused");
        page.context().close();
    }

    /** The task may take a moment to arrive from the engine: wait, and look again if it is not there yet. */
    private static void openTaskWhenItArrives(Page page, String title) {
        var open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open " + title)).first();
        for (int attempt = 0; ; attempt++) {
            try {
                open.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
                page.reload();
            }
        }
        BrowserSession.screenshot(page, "inbox-" + title.toLowerCase().replace(' ', '-'));
        open.click();
    }
}
