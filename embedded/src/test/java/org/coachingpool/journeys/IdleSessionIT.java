package org.coachingpool.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A session nobody uses ends after the idle limit even with its tab open and sending heartbeats
 * (issue 27), while one in use goes on. Run with short settings: a 20 s idle limit and a
 * heartbeat every 3 s.
 */
class IdleSessionIT extends JourneyTest {

    @Override
    String name() {
        return "idle-session";
    }

    @Override
    PackagedApp app() {
        return ownApp("coachingpool-idle", "--coachingpool.sign-in.idle-limit=20s", "--vaadin.heartbeatInterval=3");
    }

    @Test
    void anOpenTabThatOnlySendsHeartbeatsIsSignedOutWhileOneInUseIsNot() {
        as("thinker", page -> {
            // In use: something every 10 s keeps it signed in past the idle limit.
            for (int step = 0; step < 3; step++) {
                page.waitForTimeout(10_000);
                menu(page, step % 2 == 0 ? "How it works" : "Your records").click();
                page.locator("h1").first().waitFor();
                assertThat(page.url()).as("in use after " + (step + 1) * 10 + " s").doesNotContain("/login");
            }
            // Left open: heartbeats only, for longer than the limit.
            page.waitForTimeout(30_000);
            if (!page.url().contains("/login")) {
                try {
                    // The tab may already have found its session gone and gone to sign-in by itself.
                    menu(page, "Your records").click(new Locator.ClickOptions()
                            .setTimeout(5_000).setNoWaitAfter(true));
                } catch (PlaywrightException alreadyGone) {
                    page.reload();
                }
            }
            page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(20_000));
            BrowserSession.screenshot(page, name() + "-signed-out");
        });
    }

    /** A link of the main menu: pages may link to the same place in their text. */
    private static Locator menu(Page page, String name) {
        return page.getByLabel("Main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(name).setExact(true));
    }
}
