package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The packaged app as ./run starts it, taking a new case through both decision tables, with a
 * kill -9 in between: pool settings are looked up before the sponsor is asked, the process is
 * killed, started again on the same data folder, and the sponsor's endorsement leads to the
 * triage table's proposal on the pool admin's screen.
 */
class PackagedAppSmokeIT extends JourneyTest {

    @Override
    String name() {
        return "smoke";
    }

    @Override
    PackagedApp app() {
        return ownApp("coachingpool-smoke");
    }

    @Test
    void aNewCaseReachesTheSponsorSurvivesKillNineAndMovesOnToTriage() throws Exception {
        ask("Coaching", "Confidence", "Chair team meetings with confidence");
        as("sponsor", page -> openTask(page, "Endorse request"));

        browser.close();
        own.kill();
        own = own.startAgain();
        browser = new BrowserSession(own.baseUrl());

        as("sponsor", page -> {
            openTask(page, "Endorse request");
            click(page, "Endorse request");
            assertThat(page.getByText("Thank you")).isVisible();
        });
        as("pooladmin", page -> {
            openTask(page, "Triage request");
            assertThat(page.locator(".triage-proposal")).containsText("The triage table proposes coaching.");
            check(page, "triage after restart");
        });
        assertThat(own.log()).as("the restarted app's log").doesNotContain("Expected DMN evaluation result")
                .doesNotContain("Incident");
        assertThat(accessibilityProblems).isEmpty();
    }
}
