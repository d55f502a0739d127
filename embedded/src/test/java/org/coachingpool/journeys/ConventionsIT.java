package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The conventions UK public-sector staff know, in the browser on the packaged app: the error
 * summary, pages that do not exist or are not yours, and the skip link.
 */
class ConventionsIT extends JourneyTest {

    @Override
    String name() {
        return "conventions";
    }

    @Test
    void anEmptyRequestShowsEveryProblemAtOnceInAnErrorSummaryLinkedToTheFields() {
        as("thinker", page -> {
            page.navigate(browser.url("/request"));
            click(page, "Send request");
            var summary = page.locator(".error-summary");
            assertThat(summary.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName("There is a problem"))).isVisible();
            assertThat(summary.getByRole(AriaRole.LINK)).hasCount(8);
            assertThat(summary).isFocused();
            check(page, "request error summary");
            summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Say in a sentence or two what you would like to achieve.")).click();
            assertThat(page.locator("#field-goals textarea")).isFocused();
            assertThat(page).hasURL(Pattern.compile(".*/request$"));
        });
    }

    @Test
    void aPageThatIsNotYoursReadsLikeOneThatDoesNotExistInsideTheUsualFrame() {
        as("thinker", page -> {
            for (String path : new String[] {"/board", "/no-such-page"}) {
                page.navigate(browser.url(path));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                        .isVisible();
                assertThat(page).hasTitle("Page not found | Coaching Pool");
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your tasks")))
                        .isVisible();
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                        .isVisible();
            }
            check(page, "page not found");
        });
    }

    @Test
    void theFirstTabReachesASkipLinkThatMovesFocusToThePage() {
        as("sponsor", page -> {
            page.navigate(browser.url("/"));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My tasks")).waitFor();
            page.keyboard().press("Tab");
            var skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
            assertThat(skip).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("#main-content")).isFocused();
            assertThat(page.locator("h1")).hasCount(1);
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void theAccessibilityStatementIsReachableBeforeSigningInAndHowItWorksFromEveryPage() {
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accessibility statement")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Accessibility statement for Coaching Pool"))).isVisible();
        assertThat(page).hasTitle("Accessibility statement | Coaching Pool");
        check(page, "accessibility statement");
        page.context().close();
        as("thinker", signedIn -> {
            signedIn.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How it works")).click();
            assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("If you are asking for coaching or mentoring"))).isVisible();
            assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("If you run the pool")))
                    .hasCount(0);
            check(signedIn, "how it works thinker");
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void thePoolTeamsPeopleAndOrganisationsScreensPassTheAccessibilityChecks() {
        as("pooladmin", page -> {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People").setExact(true)))
                    .isVisible();
            click(page, "Add person");
            assertThat(page.locator(".error-summary")).isVisible();
            check(page, "people");
            atTabletWidth(page, "people");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Organisations")
                    .setExact(true))).isVisible();
            check(page, "organisations");
            atTabletWidth(page, "organisations");
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void thePoolTeamsSentMailPageAndAPersonsChoiceOfADailyEmail() {
        as("thinker", page -> {
            link(page, "Email settings");
            heading(page, "Email settings");
            assertThat(page.getByText("We email you at thinker@example.org", new Page.GetByTextOptions()
                    .setExact(false))).isVisible();
            page.getByText("One email a day with everything in it").click();
            click(page, "Save");
            assertThat(page.locator(".notification-banner.success")).containsText("From now on you get one email a day");
            check(page, "email settings");
            page.getByText("An email each time there is something for me").click();
            click(page, "Save");
        });
        as("pooladmin", page -> {
            link(page, "Sent mail");
            heading(page, "Sent mail");
            assertThat(page.getByText("This is a demonstration", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            check(page, "sent mail");
            atTabletWidth(page, "sent mail");
        });
        assertThat(accessibilityProblems).isEmpty();
    }
}
