package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.assertj.core.api.Assertions;
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
                    Assertions.assertThat(page.url()).as(user + " after reload " + reload)
                            .doesNotContain("/login");
                    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                            .isVisible();
                }
                Assertions.assertThat(BrowserSession.serviceWorkers(page)).as("service workers")
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

    /** Everything a sponsor does to endorse a request, with the keyboard alone (WCAG 2.1.1). */
    @Test
    void aSponsorSignsInAndEndorsesWithTheKeyboardAlone() {
        ask("Coaching", "Leadership", "Lead my team through the restructure");
        String reference = theCase.reference();
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.waitForFunction("() => !!customElements.get('vaadin-login-form')");
        tabTo(page, "a => a && a.name === 'username'");
        page.keyboard().type("sponsor");
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));

        // The task list is a grid: Tab reaches it, arrow keys move between cells, Enter steps into a
        // cell's buttons and Enter again presses one (the grid's documented keyboard model).
        String open = "Open Endorse request for case " + reference;
        // Tab only once the task list is drawn: pressed into a page still loading, focus stays on body.
        page.locator("vaadin-button[aria-label='" + open + "']").waitFor();
        tabTo(page, "a => a && a.tagName === 'VAADIN-GRID' && !!a.shadowRoot.activeElement"
                + " && a.shadowRoot.activeElement.parentElement.parentElement.id === 'items'");
        arrowToCellWith(page, open);
        page.keyboard().press("Enter");
        Assertions.assertThat(page.evaluate("() => document.activeElement.getAttribute('aria-label')"))
                .isEqualTo(open);
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endorse request " + reference)))
                .isVisible();
        tabTo(page, "a => a && a.tagName === 'VAADIN-BUTTON' && a.textContent.trim() === 'Endorse request'");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Thank you")).isVisible();
        page.context().close();
    }

    /** Moves the grid's focused cell with the arrow keys to the one holding the named button. */
    private static void arrowToCellWith(Page page, String buttonLabel) {
        String here = "label => { const cell = document.querySelector('vaadin-grid').shadowRoot.activeElement;"
                + " return !!(cell && cell._content && cell._content.querySelector('vaadin-button[aria-label=\"'"
                + " + label + '\"]')); }";
        for (int row = 0; row < 20; row++) {
            for (int column = 0; column < 8; column++) {
                if ((Boolean) page.evaluate(here, buttonLabel)) {
                    return;
                }
                page.keyboard().press("ArrowRight");
            }
            page.keyboard().press("Home");
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("no cell holds " + buttonLabel);
    }

    /** Presses Tab until the focused element passes the check; fails if it never does. */
    private static void tabTo(Page page, String check) {
        for (int press = 0; press < 80; press++) {
            if ((Boolean) page.evaluate("(" + check + ")(document.activeElement)")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("not reachable with the Tab key: " + check + "; focus ended on "
                + page.evaluate("() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot"
                        + ".activeElement) a = a.shadowRoot.activeElement; return a ? a.outerHTML.substring(0, 300) : 'none'; }"));
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
