package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.coachingpool.cases.ConfidentialText;
import org.coachingpool.cases.ConfidentialText.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The statement of who may read what ({@link ConfidentialText}) held on the packaged app in a
 * real browser. One coaching relationship is run through the screens with a different marker in
 * each text typed: the goals, the sponsor's context, the triage reason, a declined offer's reason,
 * the contract, session notes and actions, a safeguarding concern and its response, the review,
 * the sponsor's observations, the evaluation comment and the reflection. Then each of the seven
 * demo people signs in and opens every page their menu offers, the case's pages and every task
 * page of the case (open or done), and fetches every download those pages offer. A marker found
 * where the statement does not allow it fails, naming the text, the person and the page; so does
 * one in the app's log or the engine's files. The texts only other paths reach (drafts, early
 * ends, signposting guidance, readiness answers, offers to join the pool) are planted by
 * EveryOutputKeepsTheStatementTest on the running services.
 */
class EveryOutputInTheBrowserIT extends JourneyTest {

    private static final List<String> DEMO_PEOPLE = List.of("thinker", "sponsor", "coach1", "coach2", "coach3",
            "pooladmin", "processadmin");

    /**
     * Every text node, field value, link and label of a page, inside web components' shadow
     * roots too: what a person can read or copy from it.
     */
    private static final String EVERYTHING_ON_THE_PAGE = """
            () => {
              const out = [document.title, location.href];
              const walk = node => {
                if (node.nodeType === Node.TEXT_NODE) { out.push(node.textContent); return; }
                if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                if (node.nodeType === Node.ELEMENT_NODE) {
                  if (typeof node.value === 'string') out.push(node.value);
                  for (const name of ['href', 'title', 'label', 'aria-label', 'helper-text', 'placeholder']) {
                    const value = node.getAttribute(name);
                    if (value) out.push(value);
                  }
                  if (node.shadowRoot) walk(node.shadowRoot);
                }
                for (const child of node.childNodes) walk(child);
              };
              walk(document.documentElement);
              return out.join('\\n');
            }""";

    /** The links a page offers for download, as absolute addresses. */
    private static final String DOWNLOAD_LINKS = """
            () => {
              const found = [];
              const walk = root => root.querySelectorAll('*').forEach(element => {
                if (element.tagName === 'A' && element.hasAttribute('download') && element.href) found.push(element.href);
                if (element.shadowRoot) walk(element.shadowRoot);
              });
              walk(document);
              return found;
            }""";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Each marker planted, with the kind of text it stands in and who typed it. */
    private final Map<String, Planted> planted = new LinkedHashMap<>();
    /** Task pages opened during the journey: every person tries each of them afterwards. */
    private final Set<String> taskPages = new LinkedHashSet<>();

    private record Planted(ConfidentialText kind, String author) {
    }

    @Override
    String name() {
        return "every-output";
    }

    private String plant(ConfidentialText kind, String author) {
        String marker = "Marker" + kind.name().replace("_", "") + planted.size() + "x" + run;
        planted.put(marker, new Planted(kind, author));
        return marker;
    }

    @Override
    void openTask(Page page, String title) {
        super.openTask(page, title);
        taskPages.add(Path.of(URI.create(page.url()).getPath()).toString());
    }

    @Test
    void noTextReachesAnyoneTheStatementDoesNotNameOnAnyPageOrDownload() throws IOException {
        ask("Coaching", "Confidence", plant(ConfidentialText.REQUEST_GOALS, "thinker"));
        as("sponsor", page -> {
            openTask(page, "Endorse request");
            page.getByLabel("Context for the coach or mentor (optional)")
                    .fill(plant(ConfidentialText.ENDORSEMENT, "sponsor"));
            click(page, "Endorse request");
            assertThat(page.getByText("Thank you")).isVisible();
        });
        as("pooladmin", page -> {
            openTask(page, "Triage request");
            answerQuestion(page, "Decision", "Coaching");
            page.getByLabel("Reason (needed when you decide differently from the proposal)")
                    .fill(plant(ConfidentialText.TRIAGE_REASON, "pooladmin"));
            click(page, "Record decision");
            assertThat(page.getByText("Triage recorded")).isVisible();
        });
        offerTo("Sam Okafor");
        as("coach2", page -> {
            openTask(page, "Accept or decline offer");
            page.getByText("No, not this time", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Why not? (seen by you and the pool team only)")
                    .fill(plant(ConfidentialText.OFFER_AND_CHEMISTRY_REASONS, "coach2"));
            click(page, "Send my answer");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
        });
        offerTo("Alex Morgan");
        answer("coach1", "Accept or decline offer", "Yes, I can take this on", "Send my answer");
        chemistryAndContract("coach1", plant(ConfidentialText.CONTRACT_TERMS, "coach1"));
        logSession("coach1", plant(ConfidentialText.SESSION_NOTES, "coach1"),
                plant(ConfidentialText.AGREED_ACTIONS, "coach1"));
        raiseAndAnswerAConcern(plant(ConfidentialText.SAFEGUARDING_CONCERN, "coach1"),
                plant(ConfidentialText.SAFEGUARDING_RESPONSE, "processadmin"));
        reviewAndClose("coach1", plant(ConfidentialText.REVIEW_AND_OBSERVATIONS, "coach1"),
                plant(ConfidentialText.REVIEW_AND_OBSERVATIONS, "sponsor"),
                plant(ConfidentialText.EVALUATION_AND_FOLLOW_UP, "thinker"),
                plant(ConfidentialText.REFLECTION, "coach1"));
        awaitStage("Closed");

        Set<String> pages = new LinkedHashSet<>(List.of(theCase.path(), theCase.path() + "/meetings",
                theCase.path() + "/safeguarding"));
        pages.addAll(taskPages);
        pages.addAll(recordsPagesOf(List.of("Priya Shah", "Alex Morgan", "Sam Okafor", "Tom Bennett")));
        List<String> leaks = new ArrayList<>();
        Map<String, StringBuilder> seen = new LinkedHashMap<>();
        for (String person : DEMO_PEOPLE) {
            var text = seen.computeIfAbsent(person, p -> new StringBuilder());
            as(person, page -> {
                Set<String> theirs = new LinkedHashSet<>(menuOf(page));
                theirs.addAll(pages);
                for (String path : theirs) {
                    page.navigate(browser.url(path));
                    page.locator("h1").first().waitFor();
                    page.waitForLoadState();
                    String onPage = (String) page.evaluate(EVERYTHING_ON_THE_PAGE);
                    text.append(onPage);
                    check(leaks, person, "the page " + path, onPage);
                    for (Object link : (List<?>) page.evaluate(DOWNLOAD_LINKS)) {
                        String downloaded = fetched(page, link.toString());
                        text.append(downloaded);
                        check(leaks, person, "the download on " + path, downloaded);
                    }
                }
            });
        }
        for (var marker : planted.entrySet()) {
            if (allowed(marker.getValue(), "pooladmin") || marker.getValue().kind() == ConfidentialText.SESSION_NOTES) {
                // What the statement allows is there to be found: the collection sees.
                String reader = marker.getValue().kind() == ConfidentialText.SESSION_NOTES ? "coach1" : "pooladmin";
                assertThat(seen.get(reader).toString()).as(marker.getValue().kind() + " found by " + reader)
                        .contains(marker.getKey());
            }
        }
        String appLog = app().log();
        assertThat(appLog).as("the app's log is read").contains("Started CoachingPoolApplication");
        planted.forEach((marker, text) -> {
            if (appLog.contains(marker)) {
                leaks.add(text.kind() + " is in the app's log");
            }
        });
        String engine = engineFiles(app().dataDir());
        planted.forEach((marker, text) -> {
            if (engine.contains(marker)) {
                leaks.add(text.kind() + " is in the engine's files");
            }
        });
        assertThat(leaks).as("text found where the statement does not allow it").isEmpty();
        assertThat(accessibilityProblems).as("serious or critical accessibility violations").isEmpty();
    }

    /** The pool admin offers the case to one person. */
    private void offerTo(String coach) {
        as("pooladmin", page -> {
            openTask(page, "Choose how to match");
            page.getByText(coach).first().click();
            page.getByText("Offer to the one person selected").click();
            click(page, "Send");
            assertThat(page.getByText("on its way")).isVisible();
        });
    }

    /** The safeguarding lead is named, the coach raises a concern, the lead records what they did. */
    private void raiseAndAnswerAConcern(String concern, String response) {
        as("pooladmin", page -> {
            link(page, "Safeguarding lead");
            page.getByLabel("Safeguarding lead").fill("Rhian");
            var rhian = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Rhian Davies"));
            rhian.waitFor();
            rhian.click();
            click(page, "Save");
            assertThat(page.getByText("Saved: Rhian Davies now receives safeguarding concerns.")).isVisible();
        });
        as("coach1", page -> {
            page.navigate(browser.url(theCase.path()));
            link(page, "Raise a safeguarding concern");
            page.getByText("Serious risk of harm to someone else", new Page.GetByTextOptions().setExact(true)).click();
            page.getByText("Yes, I have told them", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("What the safeguarding lead needs to know").fill(concern);
            click(page, "Send to the safeguarding lead");
            heading(page, "Concern sent");
        });
        as("processadmin", page -> {
            var open = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Open Respond to a safeguarding concern").setExact(true));
            open.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            // Another journey's concern may wait too: this case's is the one with its marker.
            for (int i = 0; i < open.count(); i++) {
                open.nth(i).click();
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                        .setName("Respond to a safeguarding concern")).waitFor();
                if (page.locator("body").innerText().contains(concern)) {
                    break;
                }
                page.goBack();
            }
            taskPages.add(URI.create(page.url()).getPath());
            page.getByLabel("What you did").fill(response);
            click(page, "Record and close");
            assertThat(page.getByText("Done: what you did is recorded.")).isVisible();
        });
    }

    /** The pages "Records and retention" opens for each named person. */
    private List<String> recordsPagesOf(List<String> names) {
        List<String> found = new ArrayList<>();
        as("pooladmin", page -> {
            for (String name : names) {
                page.navigate(browser.url("/records"));
                page.getByLabel("Person").fill(name.split(" ")[0]);
                var option = page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(name));
                option.first().waitFor();
                option.first().click();
                click(page, "See their records");
                heading(page, name + ": records");
                found.add(URI.create(page.url()).getPath());
            }
        });
        return found;
    }

    /** Where the person's menu leads, sign-out aside. */
    private static List<String> menuOf(Page page) {
        page.locator("h1").first().waitFor();
        List<String> paths = new ArrayList<>();
        for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll('vaadin-side-nav-item[path], "
                + "nav a[href], header a[href]')].map(e => e.path || e.getAttribute('path') || e.getAttribute('href'))"
                + ".filter(p => !!p)")) {
            String path = href.toString();
            if (!path.startsWith("http") && !path.contains("logout") && !path.startsWith("#")) {
                paths.add(path.startsWith("/") ? path : "/" + path);
            }
        }
        assertThat(paths).as("the menu is found").isNotEmpty();
        return paths;
    }

    /** A download as the signed-in person gets it: a zip's entries read one after another. */
    private static String fetched(Page page, String url) {
        byte[] body = page.context().request().get(url).body();
        if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
            var text = new StringBuilder();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                while (zip.getNextEntry() != null) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }
        return HtmlUtils.htmlUnescape(new String(body, StandardCharsets.UTF_8));
    }

    /** Whether the statement lets this demo person read the text, by their part in the case. */
    private static boolean allowed(Planted text, String person) {
        Set<Reader> readers = text.kind().readers();
        return readers.contains(Reader.AUTHOR) && person.equals(text.author())
                || readers.contains(Reader.THINKER) && person.equals("thinker")
                || readers.contains(Reader.SPONSOR) && person.equals("sponsor")
                || readers.contains(Reader.COACH) && (person.equals("coach1")
                        || text.kind() == ConfidentialText.REQUEST_GOALS && person.equals("coach2"))
                || readers.contains(Reader.POOL_TEAM) && (person.equals("pooladmin") || person.equals("processadmin"))
                || readers.contains(Reader.SAFEGUARDING_LEAD) && person.equals("processadmin");
    }

    private void check(List<String> leaks, String person, String output, String seen) {
        planted.forEach((marker, text) -> {
            if (seen.contains(marker) && !allowed(text, person)) {
                leaks.add(text.kind() + " reached " + person + " through " + output);
            }
        });
    }

    /** The engine's log and state: every file in the data folder outside the database's own. */
    private static String engineFiles(Path dataDir) throws IOException {
        var text = new StringBuilder();
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!underDatabase(file, dataDir)) {
                    text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static boolean underDatabase(Path file, Path dataDir) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(dataDir); folder = folder.getParent()) {
            if (Files.exists(folder.resolve("PG_VERSION"))) {
                return true;
            }
        }
        return false;
    }
}
