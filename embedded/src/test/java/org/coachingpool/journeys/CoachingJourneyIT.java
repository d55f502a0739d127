package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * A whole coaching relationship in a real browser, signing in as each role in turn: the pool
 * admin offers it to one coach, who accepts.
 */
class CoachingJourneyIT extends JourneyTest {

    @Override
    String name() {
        return "coaching";
    }

    @Test
    void aCoachingRelationshipRunsFromRequestToCloseInTheBrowser() {
        Page login = browser.newPage();
        login.navigate(browser.url("/login"));
        check(login, "login");
        atTabletWidth(login, "login");
        login.context().close();

        ask("Coaching", "Confidence", "Speak up with confidence at board meetings");
        endorseAndTriage("Coaching");
        as("pooladmin", page -> {
            openTask(page, "Choose how to match");
            check(page, "choose match");
            page.getByText("Alex Morgan").click();
            page.getByText("Offer to the one person selected").click();
            click(page, "Send");
            assertThat(page.getByText("on its way")).isVisible();
        });
        as("coach1", page -> {
            openTask(page, "Accept or decline offer");
            // What a coach needs to say yes: the request, without the readiness answers.
            assertThat(page.locator(".request-panel")).containsText("Speak up with confidence at board meetings");
            assertThat(page.locator(".request-panel")).not().containsText("Managing at the moment");
        });
        answer("coach1", "Accept or decline offer", "Yes, I can take this on", "Send my answer");
        chemistryAndContract("coach1", "Contributes confidently at board meetings");

        arrangeASession("coach1");

        String notes = "Coach's private observation about board nerves";
        String actions = "Prepare one point for each board";
        logSession("coach1", notes, actions);
        String concern = "Said a colleague had threatened them in the car park";
        raiseAndAnswerASafeguardingConcern("coach1", concern);
        caseShows("sponsor", "hold-sessions", List.of(notes, actions, concern));
        caseShows("thinker", "hold-sessions", List.of(notes, concern));
        caseShows("pooladmin", "hold-sessions", List.of(notes, actions, concern));
        as("sponsor", page -> {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My people")).click();
            page.getByText(theCase.reference()).first().waitFor();
            check(page, "sponsor my people");
            atTabletWidth(page, "sponsor my people");
        });
        as("processadmin", page -> check(page, "process admin inbox"));
        as("pooladmin", page -> {
            page.navigate(browser.url("/board"));
            page.getByText(theCase.reference()).first().waitFor();
            check(page, "pool board");
            atTabletWidth(page, "pool board");
        });

        reviewAndClose("coach1");
        as("coach1", page -> {
            check(page, "coach inbox after close");
            atTabletWidth(page, "coach inbox");
        });

        awaitStage("Closed");
        copyOfTheThinkersRecords(notes, actions, concern);
        assertThat(accessibilityProblems).as("serious or critical accessibility violations").isEmpty();
    }

    /**
     * The coach arranges the first session from the case page; the thinker sees it on theirs and
     * the pool team finds the invitation that went to each of them.
     */
    void arrangeASession(String coach) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7);
        String dayInWords = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                Locale.UK));
        as(coach, page -> {
            page.navigate(browser.url(theCase.path()));
            link(page, "Arrange, move or cancel meetings");
            heading(page, "Meetings");
            check(page, "meetings empty");
            click(page, "Arrange and send invitations");
            assertThat(page.locator(".error-summary")).containsText("Choose what the meeting is for.");
            check(page, "meetings with problems");
            page.getByText("Session", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Date").fill(day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            page.getByLabel("Date").press("Enter");
            page.getByLabel("Start time").fill("10:00");
            page.getByLabel("Start time").press("Enter");
            page.getByText("Video call", new Page.GetByTextOptions().setExact(true)).click();
            // A point typed stays in the field and is named: 7.5 is not read as 75 (issue 28).
            page.getByLabel("Length in minutes").fill("");
            page.getByLabel("Length in minutes").pressSequentially("7.5");
            click(page, "Arrange and send invitations");
            assertThat(page.locator(".error-summary")).containsText("Enter a length between 15 and 480 minutes");
            assertThat(page.locator(".meeting")).hasCount(0);
            // Typed and sent at once: the length typed last is the one used.
            page.getByLabel("Length in minutes").fill("");
            page.getByLabel("Length in minutes").pressSequentially("75");
            click(page, "Arrange and send invitations");
            assertThat(page.locator(".notification-banner.success")).containsText("Arranged: session on " + dayInWords
                    + ", 10:00");
            assertThat(page.locator(".meeting")).containsText("10:00 to 11:15");
            check(page, "meetings arranged");
            atTabletWidth(page, "meetings arranged");
        });
        as("thinker", page -> {
            page.navigate(browser.url(theCase.path()));
            assertThat(page.getByText("Session: " + day.format(DateTimeFormatter.ofPattern(
                    "d MMMM yyyy", Locale.UK)) + " at 10:00 (video call)")).isVisible();
            link(page, "See all meetings");
            assertThat(page.locator(".meeting")).containsText("With you and Alex Morgan");
            check(page, "thinker meetings");
        });
        as("pooladmin", page -> {
            link(page, "Sent mail");
            page.getByLabel("Case reference").fill(theCase.reference());
            page.getByLabel("Case reference").press("Enter");
            assertThat(page.getByText("Invitation: Coaching session on " + dayInWords + " at 10:00 ("
                    + theCase.reference() + ")").first()).isVisible();
        });
    }

    /**
     * The pool team sets the retention period (a wrong one first), finds the thinker on "Records
     * and retention", reads what erasure would take and keep, and downloads the copy of their
     * records: it has what they asked for and the actions agreed, not the coach's private notes or
     * the safeguarding concern. Nothing is erased: the case is needed by the checks after.
     */
    private void copyOfTheThinkersRecords(String notes, String actions, String concern) {
        as("pooladmin", page -> {
            link(page, "Records and retention");
            heading(page, "Records and retention");
            page.getByLabel("Years to keep a case after it closes").fill("0");
            click(page, "Save retention period");
            assertThat(page.locator(".error-summary")).containsText("Enter a whole number of years from 1 to 10");
            check(page, "records with a problem");
            page.getByLabel("Years to keep a case after it closes").fill("3");
            click(page, "Save retention period");
            assertThat(page.getByText("Saved: closed cases are now kept for 3 years.")).isVisible();
            page.getByLabel("Person").fill("Priya");
            var priya = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions()
                    .setHasText("Priya Shah"));
            priya.waitFor();
            priya.click();
            click(page, "See their records");
            heading(page, "Priya Shah: records");
            assertThat(page.locator("body")).containsText(theCase.reference());
            assertThat(page.locator("body")).containsText("What is kept, and why");
            check(page, "a person's records");
            atTabletWidth(page, "a person's records");
            String copy = downloaded(page, "Download a copy of their records");
            Assertions.assertThat(copy).contains("Records held about Priya Shah")
                    .contains(theCase.reference()).contains("Speak up with confidence at board meetings")
                    .doesNotContain(actions).doesNotContain(notes).doesNotContain(concern)
                    .contains("Written, and private to the people it was written for");
        });
        // The coach's own copy: their notes reach them alone, from "Your records".
        as("coach1", page -> {
            link(page, "Your records");
            heading(page, "Your records");
            check(page, "your records");
            String own = downloaded(page, "Download a copy of your records");
            Assertions.assertThat(own).contains(notes).contains(actions).doesNotContain(concern);
        });
    }

    /** What a link downloads, as text, with HTML's escapes undone so text is found as it was written. */
    private static String downloaded(Page page, String link) {
        var download = page.waitForDownload(() -> page.getByText(link).click());
        try {
            return HtmlUtils.htmlUnescape(Files.readString(download.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pool team names its safeguarding lead; the coach raises a concern from the case page
     * (a problem first); the lead alone gets the task, reads it and records what they did; the
     * pool team's audit log shows the case's decisions and nothing of the concern.
     */
    private void raiseAndAnswerASafeguardingConcern(String coach, String concern) {
        as("pooladmin", page -> {
            link(page, "Safeguarding lead");
            heading(page, "Safeguarding lead");
            page.getByLabel("Safeguarding lead").fill("Rhian");
            var rhian = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions()
                    .setHasText("Rhian Davies"));
            rhian.waitFor();
            rhian.click();
            click(page, "Save");
            assertThat(page.getByText("Saved: Rhian Davies now receives safeguarding concerns.")).isVisible();
            check(page, "safeguarding lead");
        });
        as(coach, page -> {
            page.navigate(browser.url(theCase.path()));
            link(page, "Raise a safeguarding concern");
            heading(page, "Raise a safeguarding concern");
            assertThat(page.getByText("This goes to Rhian Davies")).isVisible();
            check(page, "raise a concern");
            click(page, "Send to the safeguarding lead");
            assertThat(page.locator(".error-summary")).containsText("Choose what the risk is");
            check(page, "raise a concern with problems");
            page.getByText("Serious risk of harm to someone else", new Page.GetByTextOptions().setExact(true)).click();
            page.getByText("Yes, I have told them", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("What the safeguarding lead needs to know").fill(concern);
            click(page, "Send to the safeguarding lead");
            heading(page, "Concern sent");
            check(page, "concern sent");
            atTabletWidth(page, "concern sent");
        });
        as("processadmin", page -> {
            var open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Open Respond to a safeguarding concern").setExact(true));
            open.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            open.first().click();
            heading(page, "Respond to a safeguarding concern");
            assertThat(page.locator("body")).containsText(concern);
            assertThat(page.locator("body")).containsText(theCase.reference());
            check(page, "respond to a concern");
            page.getByLabel("What you did").fill("Referred to the trust's safeguarding team the same day");
            click(page, "Record and close");
            assertThat(page.getByText("Done: what you did is recorded.")).isVisible();
        });
        as("pooladmin", page -> {
            link(page, "Audit log");
            heading(page, "Audit log");
            assertThat(page.getByText("The log is complete")).isVisible();
            page.getByLabel("Case reference").fill(theCase.reference());
            page.getByLabel("Case reference").press("Enter");
            assertThat(page.locator("vaadin-grid")).containsText("Completed the task");
            assertThat(page.locator("vaadin-grid")).not().containsText("safeguarding concern");
            assertThat(page.locator("body")).not().containsText(concern);
            check(page, "audit log");
            atTabletWidth(page, "audit log");
        });
    }
}
