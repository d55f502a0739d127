package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A relationship in a real browser against the packaged app (see {@link PackagedApp}), one
 * person at a time, each signing in to their own browser context. Every screen gets axe-core
 * (zero serious or critical violations allowed) and a screenshot in target/screenshots; main
 * screens are also checked at tablet width. The test knows only what the screens show.
 */
abstract class JourneyTest {

    static final int TABLET_WIDTH = 820;
    /** The step of the timeline people see for a step of the diagram. */
    static final Map<String, String> TIMELINE = Map.of("hold-sessions", "Sessions");
    static final int TABLET_HEIGHT = 1180;

    static BrowserSession browser;

    final List<String> accessibilityProblems = new ArrayList<>();
    /** This journey's case: other tests' cases may wait in the same inboxes. */
    OurCase theCase;
    private String currentUser;

    /** A case as the screens name it: its reference, and the path of its page. */
    record OurCase(String reference, String path) {
    }

    @BeforeEach
    void startBrowser() {
        browser = browser == null ? new BrowserSession(app().baseUrl()) : browser;
    }

    /** The app this journey runs against: one shared by the journeys unless a test needs its own. */
    PackagedApp app() {
        return PackagedApp.shared();
    }

    /** An app of one journey's own, for journeys that change what every case runs or kill the app. */
    static PackagedApp own;

    static PackagedApp ownApp(String prefix, String... extraArguments) {
        if (own == null) {
            try {
                own = PackagedApp.start(Files.createTempDirectory(prefix), extraArguments);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return own;
    }

    /** The app's Content-Security-Policy must fit everything the journey did (issue 14). */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        if (browser != null) {
            Assertions.assertThat(browser.takePolicyViolations())
                    .as("what the browser refused under the Content-Security-Policy").isEmpty();
        }
    }

    @AfterAll
    static void stopOwnApp() {
        if (own != null) {
            own.close();
            own = null;
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Prefix of this journey's screenshots. */
    abstract String name();

    void as(String user, Consumer<Page> steps) {
        currentUser = user;
        Page page = browser.signIn(user);
        try {
            steps.accept(page);
        } finally {
            page.context().close();
        }
    }

    /**
     * The thinker asks for support, picking the sponsor from the directory, and is told the
     * sponsor was asked: the engine has taken the case through the pool-settings decision to the
     * sponsor's task.
     */
    void ask(String kind, String area, String goals) {
        as("thinker", page -> {
            check(page, "thinker inbox");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for coaching or mentoring")).click();
            page.getByText(kind, new Page.GetByTextOptions().setExact(true)).click();
            page.getByText(area, new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Your goals, in your own words").pressSequentially(goals);
            page.getByText("By video call", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("When are you usually free? (optional)").fill("Tuesday afternoons");
            answerQuestion(page, "Is this request part of a formal capability or disciplinary process?", "No");
            answerQuestion(page, "Are you asking for this yourself?", "Yes, I want this and can make time for it");
            answerQuestion(page, "How are you managing at the moment?", "I'm managing day to day");
            check(page, "request form");
            atTabletWidth(page, "request form");
            page.getByLabel("Your sponsor (usually your line manager)").fill("Tom");
            var tom = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Tom Bennett"));
            tom.waitFor();
            check(page, "request form with the sponsor list open");
            tom.click();
            click(page, "Send request");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Request sent"))).isVisible();
            String reference = page.locator(".confirmation-reference").innerText().strip();
            String path = "/" + page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Follow your request (" + reference + ")")).getAttribute("href");
            theCase = new OurCase(reference, path);
            assertThat(page.getByText("Tom Bennett has been asked to support your request"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions()
                            .setTimeout(30_000));
            check(page, "request sent");
        });
    }

    static void answerQuestion(Page page, String question, String answer) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(question))
                .getByText(answer, new Locator.GetByTextOptions().setExact(true)).click();
    }

    /** The thinker sees the case reach the stage on its page; the page is reloaded as a person would. */
    void awaitStage(String stage) {
        as("thinker", page -> {
            page.navigate(browser.url(theCase.path()));
            var shown = page.getByText("Stage: " + stage, new Page.GetByTextOptions().setExact(true));
            for (int attempt = 0; attempt < 20 && shown.count() == 0; attempt++) {
                page.waitForTimeout(1_000);
                page.reload();
            }
            assertThat(shown).isVisible();
        });
    }

    void endorseAndTriage(String support) {
        as("sponsor", page -> {
            openTask(page, "Endorse request");
            check(page, "endorse");
            String taskPage = page.url();
            click(page, "Endorse request");
            assertThat(page.getByText("Thank you")).isVisible();
            // An old link or the back button opens the task read-only, never as a live form.
            page.navigate(taskPage);
            assertThat(page.getByText("This task was done by Tom Bennett on", new Page.GetByTextOptions()
                    .setExact(false))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endorse request")))
                    .hasCount(0);
            check(page, "endorse reopened");
        });
        as("pooladmin", page -> {
            openTask(page, "Triage request");
            // The pool team decides with the request, the readiness answers and the sponsor's part in view.
            assertThat(page.locator(".request-panel")).containsText("Tuesday afternoons");
            assertThat(page.locator(".request-panel")).containsText("I'm managing day to day");
            assertThat(page.locator(".request-panel")).containsText("supports it");
            check(page, "triage");
            atTabletWidth(page, "triage");
            answerQuestion(page, "Decision", support);
            click(page, "Record decision");
            assertThat(page.getByText("Triage recorded")).isVisible();
        });
    }

    /** Chemistry both ways, a light-touch contract for one session, and the thinker's confirmation. */
    void chemistryAndContract(String coach, String outcomes) {
        answer(coach, "First conversation: is the fit right?", "Yes, let's work together", "Send my answer");
        answer("thinker", "First conversation: is the fit right?", "Yes, let's work together", "Send my answer");
        as(coach, page -> {
            openTask(page, "Record the three-way contract");
            check(page, "contract");
            page.getByLabel("Intended outcomes").fill(outcomes);
            page.getByLabel("How progress will be reviewed without sharing content").fill("Three-way check on outcomes");
            page.getByLabel("How often and how long you will meet").fill("Monthly, 90 minutes");
            page.getByLabel("Number of sessions").fill("1");
            page.getByText("Light touch: the sponsor's confirmation is optional").click();
            LocalDate review = LocalDate.now().plusMonths(3);
            // Day first, as people in the UK type dates, though the browser says en-US.
            page.getByLabel("Review date").fill(review.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            page.getByLabel("Review date").press("Enter");
            // The last words typed and the button pressed at once: every character is recorded.
            page.getByLabel("Intended outcomes").press("End");
            page.getByLabel("Intended outcomes").pressSequentially(" and typed at once");
            click(page, "Record contract");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
        as("thinker", page -> {
            openTask(page, "Confirm the three-way contract");
            check(page, "confirm contract");
            assertThat(page.getByText(outcomes + " and typed at once", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            // Every term as recorded, dates in words: nothing the thinker agrees to is left out.
            var terms = page.locator(".summary-list");
            assertThat(terms.getByText("Number of sessions")).isVisible();
            assertThat(terms.getByText("Light touch: the sponsor's confirmation is optional")).isVisible();
            assertThat(terms.getByText(LocalDate.now().plusMonths(3).format(DateTimeFormatter
                    .ofPattern("d MMMM yyyy", Locale.UK)))).isVisible();
            // Issue 28: who the contract is between, and a way to say no that goes back to the coach.
            assertThat(page.getByText("This contract is between ", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("No, I have a concern: send it back to the coach or mentor")).isVisible();
            page.getByText("Yes, I agree to it").click();
            click(page, "Send my answer");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
    }

    void logSession(String coach, String privateNotes, String actions) {
        as(coach, page -> {
            openTask(page, "Log a session");
            check(page, "session log");
            page.getByText("Video call", new Page.GetByTextOptions().setExact(true)).click();
            click(page, "Use the GROW template");
            var notes = page.getByLabel("Your notes (seen by you only)");
            assertThat(notes).hasValue(Pattern.compile("Goal"));
            notes.fill(privateNotes + "\n" + notes.inputValue());
            // Typed and saved at once, as a fast typist or a tablet does: nothing typed may be lost.
            notes.press("Control+End");
            notes.pressSequentially("\nTyped then saved at once");
            click(page, "Save draft");
            page.getByText("Draft saved", new Page.GetByTextOptions().setExact(false)).first().waitFor();
            page.reload();
            assertThat(page.getByLabel("Your notes (seen by you only)"))
                    .hasValue(Pattern.compile("Typed then saved at once"));
            notes = page.getByLabel("Your notes (seen by you only)");
            notes.press("Control+End");
            notes.pressSequentially("\nTyped then logged at once");
            var actionsField = page.getByLabel("Agreed actions (shared with the thinker)");
            actionsField.pressSequentially(actions);
            click(page, "Log session");
            assertThat(page.getByText("Session logged")).isVisible();
            page.navigate(browser.url(theCase.path()));
            assertThat(page.locator("body")).containsText("Typed then saved at once");
            assertThat(page.locator("body")).containsText("Typed then logged at once");
            assertThat(page.locator("body")).containsText(actions);
        });
    }

    /** Next step, the three-way review, the sponsor's observations, evaluation and reflection. */
    void reviewAndClose(String coach) {
        reviewAndClose(coach, "Clear progress on the agreed outcomes", "Clearer contributions in meetings", null,
                "Worked well virtually");
    }

    /** As {@link #reviewAndClose(String)}, with the words each person writes (no evaluation comment if null). */
    void reviewAndClose(String coach, String summary, String observations, String evaluationComment,
            String reflection) {
        answer(coach, "Agree next step", "Move on to the review", "Record next step");
        as(coach, page -> {
            openTask(page, "Hold the three-way review");
            check(page, "review");
            page.getByRole(AriaRole.TEXTBOX).first().fill(summary);
            click(page, "Record review");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
        as("sponsor", page -> {
            openTask(page, "Record what you have observed");
            check(page, "observations");
            page.getByRole(AriaRole.TEXTBOX).first().fill(observations);
            click(page, "Record observations");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
        as("thinker", page -> {
            openTask(page, "Say what has changed for you");
            check(page, "evaluation");
            for (String measure : List.of("Confidence", "Performance", "Leadership")) {
                page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(measure))
                        .getByText("4", new Locator.GetByTextOptions().setExact(true)).click();
            }
            if (evaluationComment != null) {
                page.getByLabel("Anything else? (seen by you and the pool team)").fill(evaluationComment);
            }
            click(page, "Send evaluation");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
        as(coach, page -> {
            openTask(page, "Reflect on the relationship");
            check(page, "reflection");
            page.getByRole(AriaRole.TEXTBOX).first().fill(reflection);
            click(page, "Save reflection");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
    }

    /**
     * The case page as the person sees it: the diagram drawn with the given step marked, and
     * none of the text they may not read anywhere on the page.
     */
    void caseShows(String user, String markedStep, List<String> mustNotSee) {
        as(user, page -> {
            page.navigate(browser.url(theCase.path()));
            if (user.equals("pooladmin")) {
                page.locator("process-diagram[data-marked='" + markedStep + "']")
                        .waitFor(new Locator.WaitForOptions().setTimeout(20_000));
                assertThat(page.locator("process-diagram svg .djs-element.current-step")).hasCount(1);
                page.locator("process-diagram").screenshot(new Locator.ScreenshotOptions().setPath(
                        Path.of("target", "screenshots", name() + "-" + user + "-diagram.png")));
            } else {
                // The people in the case read a plain timeline; the diagram is the pool team's.
                assertThat(page.locator(".case-timeline [aria-current='step']")).containsText(TIMELINE.get(markedStep));
                assertThat(page.locator("process-diagram")).hasCount(0);
            }
            check(page, user + " case page");
            String text = page.locator("body").innerText();
            for (String secret : mustNotSee) {
                assertThat(text).as(user + " must not see it").doesNotContain(secret);
            }
            atTabletWidth(page, user + " case page");
        });
    }

    /**
     * The same screen on a tablet held upright: nothing may stick out sideways, and axe runs
     * again because reflowed content can hide labels or overlap.
     */
    void atTabletWidth(Page page, String screen) {
        page.setViewportSize(TABLET_WIDTH, TABLET_HEIGHT);
        page.waitForTimeout(300);
        Number overflow = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(screen + " scrolls sideways at tablet width by px").isLessThanOrEqualTo(0);
        check(page, screen + " tablet");
        page.setViewportSize(1280, 800);
    }

    void answer(String user, String task, String option, String button) {
        as(user, page -> {
            openTask(page, task);
            check(page, task);
            page.getByText(option, new Page.GetByTextOptions().setExact(true)).click();
            click(page, button);
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
    }

    void check(Page page, String screen) {
        page.waitForFunction("document.title.length > 0 && !document.title.startsWith('http')");
        // Every page has one h1: until it is drawn there is nothing to check (a blank page passes axe).
        page.locator("h1").first().waitFor();
        Axe.seriousViolations(page).forEach(v -> accessibilityProblems.add(screen + ": " + v));
        BrowserSession.screenshot(page, name() + "-" + screen.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
    }

    /** Follows the link with exactly this name (a navigation item, say). */
    static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    /** The page shows a heading with exactly this name. */
    static void heading(Page page, String name) {
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(name).setExact(true))).isVisible();
    }

    static void click(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    /**
     * Opens this case's task from the inbox. The task arrives by server push; a reload is the
     * fallback a person would try, and must never sign them out (ADR 0005).
     */
    void openTask(Page page, String title) {
        var open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Open " + title + " for case " + theCase.reference()).setExact(true));
        for (int attempt = 0; ; attempt++) {
            try {
                open.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                break;
            } catch (TimeoutError notYet) {
                if (attempt == 7) {
                    BrowserSession.screenshot(page, "failed-" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
                    throw notYet;
                }
                page.reload();
                assertThat(page.url()).as(currentUser + " still signed in after a reload").doesNotContain("/login");
            }
        }
        open.click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title)).first()
                .waitFor(new Locator.WaitForOptions().setTimeout(10_000));
    }
}
