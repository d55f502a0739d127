package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A case that cannot move, in the browser on the packaged app: a process of the case stops at a
 * decision that does not exist. The pool board flags and counts it, the case page shows the pool
 * admin the step, the time and the engine's message, the thinker sees only a delay, and once the
 * decision is deployed the admin's "Try again" moves the case on.
 */
class StoppedCaseIT extends JourneyTest {

    @Override
    String name() {
        return "stopped";
    }

    @Test
    void aStoppedCaseIsFlaggedForThePoolTeamAndMovesOnAfterTryAgain() {
        ask("Coaching", "Leadership", "Lead the merger of two teams");
        String caseId = theCase.path().substring("/cases/".length());
        try (CamundaClient engine = CamundaClient.newClientBuilder().grpcAddress(URI.create(app().engineAddress()))
                .preferRestOverGrpc(false).build()) {
            engine.newDeployResourceCommand().addResourceFromClasspath("incidents/incident-probe.bpmn").send().join();
            engine.newCreateInstanceCommand().bpmnProcessId("incident-probe").latestVersion()
                    .variables(Map.of("caseId", caseId)).send().join();

            as("pooladmin", page -> {
                page.navigate(browser.url("/board"));
                var flag = page.getByText("Stopped at \u201cprobe-decision\u201d", new Page.GetByTextOptions().setExact(false));
                reloadUntilVisible(page, flag);
                assertThat(page.getByText("stopped by an error", new Page.GetByTextOptions().setExact(false)))
                        .isVisible();
                check(page, "pool board with a stopped case");
                page.navigate(browser.url(theCase.path()));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This case has stopped")))
                        .isVisible();
                assertThat(page.getByText("incident-probe-settings", new Page.GetByTextOptions().setExact(false)).first())
                        .isVisible();
                check(page, "case page stopped pool admin");
                atTabletWidth(page, "case page stopped pool admin");
            });
            as("thinker", page -> {
                page.navigate(browser.url(theCase.path()));
                assertThat(page.getByText("There is a delay with this case on our side")).isVisible();
                assertThat(page.locator("body")).not().containsText("incident-probe-settings");
                check(page, "case page stopped thinker");
                page.navigate(browser.url("/relationships"));
                assertThat(page.getByText("delayed: the pool team knows", new Page.GetByTextOptions().setExact(false))
                        .first()).isVisible();
            });

            engine.newDeployResourceCommand().addResourceFromClasspath("incidents/incident-probe-settings.dmn").send()
                    .join();
            as("pooladmin", page -> {
                page.navigate(browser.url(theCase.path()));
                click(page, "Try again: Stopped at \u201cprobe-decision\u201d");
                assertThat(page.getByText("Asked the engine to try again")).isVisible();
                // The decision passes now; the probe's next step has no worker, so nothing stops it again.
                var stopped = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This case has stopped"));
                for (int attempt = 0; attempt < 20 && stopped.count() > 0; attempt++) {
                    page.waitForTimeout(1_000);
                    page.reload();
                }
                assertThat(stopped).hasCount(0);
                check(page, "case page after try again");
            });
        }
        assertThat(accessibilityProblems).as("serious or critical accessibility violations").isEmpty();
    }

    private static void reloadUntilVisible(Page page, Locator locator) {
        for (int attempt = 0; attempt < 20 && locator.count() == 0; attempt++) {
            page.waitForTimeout(1_000);
            page.reload();
        }
        assertThat(locator.first()).isVisible();
    }
}
