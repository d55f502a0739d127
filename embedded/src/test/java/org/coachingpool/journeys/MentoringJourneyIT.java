package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A whole mentoring relationship in a real browser: the pool admin offers it to every mentor
 * with room, the first to volunteer is matched, and the other invitations leave their inboxes.
 */
class MentoringJourneyIT extends JourneyTest {

    @Override
    String name() {
        return "mentoring";
    }

    @Test
    void aMentoringRelationshipRunsFromRequestToCloseInTheBrowser() {
        ask("Mentoring", "Career development", "Prepare for a move into a regional role");
        endorseAndTriage("Mentoring");
        as("pooladmin", page -> {
            openTask(page, "Choose how to match");
            page.getByText("Offer to every mentor listed: the first to volunteer is matched").click();
            check(page, "choose mentor list");
            click(page, "Send");
            assertThat(page.getByText("on its way")).isVisible();
        });
        answer("coach3", "Volunteer to mentor?", "Yes, I would like to", "Send my answer");
        as("coach1", page -> {
            // coach1 mentors too and was asked; once coach3 volunteered the invitation is withdrawn.
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Open Volunteer to mentor? for case " + theCase.reference())))
                    .hasCount(0, new LocatorAssertions.HasCountOptions()
                            .setTimeout(20_000));
        });

        chemistryAndContract("coach3", "Ready to apply for a regional role");
        String notes = "Mentor's private note on confidence in interviews";
        String actions = "Shadow the regional lead for a day";
        logSession("coach3", notes, actions);
        caseShows("sponsor", "hold-sessions", List.of(notes, actions));
        caseShows("thinker", "hold-sessions", List.of(notes));
        caseShows("pooladmin", "hold-sessions", List.of(notes, actions));
        as("coach1", page -> {
            page.navigate(browser.url(theCase.path()));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case not found")))
                    .isVisible();
            assertThat(page.locator("body").innerText()).doesNotContain(notes).doesNotContain(actions);
            check(page, "outsider case page");
        });

        reviewAndClose("coach3");
        awaitStage("Closed");
        assertThat(accessibilityProblems).as("serious or critical accessibility violations").isEmpty();
    }
}
