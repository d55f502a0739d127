package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pool in the browser on the packaged app: the pool team looks over the pool, changes a
 * coach's profile (bad input first), sees how matching ranks and why someone is not listed; a
 * coach opens their own profile.
 */
class PoolJourneyIT extends JourneyTest {

    @Override
    String name() {
        return "pool";
    }

    @Test
    void thePoolTeamChangesAProfileAndMatchesWithReasons() {
        as("pooladmin", page -> {
            link(page, "The pool");
            heading(page, "The pool");
            assertThat(page.locator("vaadin-grid")).containsText("Sam Okafor");
            page.locator("vaadin-grid:not([loading])").waitFor();
            check(page, "pool overview");
            atTabletWidth(page, "pool overview");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open Alex Morgan's profile")
                    .setExact(true)).click();
            heading(page, "Alex Morgan's profile");
            assertThat(page.locator(".summary-list").first()).containsText("12 hours a year");
            page.getByLabel("Most relationships at once").fill("99");
            click(page, "Save profile");
            assertThat(page.locator(".error-summary")).containsText("from 0 to 20");
            check(page, "profile with a problem");
            page.getByLabel("Most relationships at once").fill("4");
            page.getByLabel("Where they can meet in person (optional)").fill("Northtown, County Hall");
            click(page, "Save profile");
            assertThat(page.getByText("Profile saved.")).isVisible();
            assertThat(page.locator(".summary-list").first()).containsText(" of 4 (");

            link(page, "How matching ranks");
            heading(page, "How matching ranks people");
            check(page, "matching weights");
        });

        ask("Coaching", "Confidence", "Feel ready to lead my first restructure");
        endorseAndTriage("Coaching");
        as("pooladmin", page -> {
            openTask(page, "Choose how to match");
            var alex = page.locator(".candidate").filter(new Locator.FilterOptions()
                    .setHasText("Alex Morgan"));
            assertThat(alex).containsText("specialism: confidence");
            assertThat(alex).containsText("another organisation (Northshire NHS Foundation Trust)");
            assertThat(alex).containsText("score");
            page.getByLabel("Name of a coach or mentor").fill("Jo Evans");
            click(page, "Look up");
            assertThat(page.getByText("Jo Evans is not offered this case: does not offer coaching.")).isVisible();
            check(page, "choose match with reasons");
        });

        as("coach1", page -> {
            link(page, "Your profile");
            heading(page, "Your profile");
            assertThat(page.getByText("Hours given this term")).isVisible();
            check(page, "own profile");
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void thePoolTeamImportsStaffAfterSeeingWhatEachRowWouldDo() {
        String header = "name,email,organisation,department,job_title,grade,seniority,line_manager_email,roles\n";
        String wrong = header + "Nia Jones,nia.jones@example.org,Atlantis Council,,,,,,\n";
        String right = header
                + "Nia Jones,nia.jones@example.org,Northshire County Council,Housing,Housing Officer,Grade 6,,"
                + "owen.price@example.org,thinker\n"
                + "Owen Price,owen.price@example.org,Northshire County Council,Housing,Head of Housing,Grade 12,"
                + "Senior manager,,sponsor\n";
        as("pooladmin", page -> {
            link(page, "People");
            link(page, "Import staff from a spreadsheet");
            heading(page, "Import staff");
            assertThat(page.getByText("Download the template (CSV)")).isVisible();
            upload(page, "staff.csv", wrong);
            assertThat(page.locator(".error-summary")).containsText("1 row has a problem");
            assertThat(page.locator("vaadin-grid")).containsText("there is no organisation called Atlantis Council");
            check(page, "import with a problem");

            upload(page, "staff.csv", right);
            assertThat(page.getByText("2 people to add, 0 people to update, 0 people unchanged.")).isVisible();
            click(page, "Import 2 people");
            assertThat(page.locator(".confirmation-panel")).containsText("2 people added");
            check(page, "import complete");

            upload(page, "staff.csv", right);
            assertThat(page.getByText("0 people to add, 0 people to update, 2 people unchanged.")).isVisible();

            // A file of 3 MB reaches the import, as the screen promises up to 5 MB: the import's own answer,
            // not the server's refusal of anything over 1 MB (issue 27).
            var big = new StringBuilder("name,email,organisation\n");
            for (int i = 0; i <= 10_000; i++) {
                big.append("Person ").append(i).append(" ").append("x".repeat(250)).append(",person").append(i)
                        .append("@example.org,Northshire County Council\n");
            }
            upload(page, "big.csv", big.toString());
            assertThat(page.locator("body")).containsText("more than 10,000 people");
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    void aColleagueOffersToCoachAndThePoolTeamInvitesThemToTraining() {
        as("sponsor", page -> {
            link(page, "Offer to coach or mentor");
            heading(page, "Offer to coach or mentor");
            click(page, "Send my offer");
            assertThat(page.locator(".error-summary")).containsText("Say in a sentence or two why you would like to.");
            page.getByText("Both", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Why would you like to?").fill("I was coached when I became a manager and it helped.");
            click(page, "Send my offer");
            assertThat(page.locator(".confirmation-panel")).containsText("your offer is with the pool team");
            assertThat(page.getByText("With the pool team.")).isVisible();
            check(page, "offer to coach");
        });
        as("pooladmin", page -> {
            // The new task also went by email: in the embedded default it is kept on "Sent mail".
            link(page, "Sent mail");
            heading(page, "Sent mail");
            page.getByText("New task: Review an offer to coach or mentor").first().click();
            assertThat(page.getByText("Open the task:", new Page.GetByTextOptions().setExact(false)).first())
                    .isVisible();
            check(page, "sent mail with an email open");
        });
        as("pooladmin", page -> {
            var open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Open Review an offer to coach or mentor"))).first();
            for (int attempt = 0; attempt < 6 && open.count() == 0; attempt++) {
                page.waitForTimeout(1000);
                page.reload();
            }
            open.click();
            heading(page, "Review an offer to coach or mentor");
            assertThat(page.locator(".summary-list")).containsText("I was coached when I became a manager");
            check(page, "review offer");
            page.getByText("Invite them to training").click();
            click(page, "Record decision");
            assertThat(page.getByText("Done: the decision is recorded.")).isVisible();
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    private static void upload(Page page, String name, String content) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(
                name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
    }
}
