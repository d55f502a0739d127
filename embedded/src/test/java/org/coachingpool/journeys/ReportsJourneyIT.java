package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Reports in the browser on the packaged app started as {@code ./run --simulate} starts it (with
 * a smaller year): once the simulated year is loaded the pool team reads last year's report,
 * downloads a table, opens the annual report to print; a coach reads their own figures.
 */
class ReportsJourneyIT extends JourneyTest {

    @Override
    String name() {
        return "reports";
    }

    @Override
    PackagedApp app() {
        var app = ownApp("coachingpool-reports", "--coachingpool.simulate=40");
        try {
            app.awaitLog("Simulated year loaded:", Duration.ofMinutes(5));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return app;
    }

    @Test
    void thePoolTeamReadsLastYearsReportAndPrintsIt() {
        int lastYear = LocalDate.now().getMonthValue() >= 4 ? LocalDate.now().getYear() - 1
                : LocalDate.now().getYear() - 2;
        as("pooladmin", page -> {
            link(page, "Impact reports");
            heading(page, "Impact reports");
            check(page, "this year");
            page.navigate(app().baseUrl() + "/reports?year=" + lastYear);
            assertThat(page.locator(".report-headline")).containsText("April " + lastYear + " to March "
                    + (lastYear + 1));
            assertThat(page.locator(".report-figure").first()).containsText("people accessed coaching or mentoring");
            assertThat(page.locator("impact-chart canvas").first()).hasAttribute("aria-label",
                    Pattern.compile("^Chart: .+ The figures are in the table below\\.$"));
            assertThat(page.locator("table.report-table")).hasCount(12);
            check(page, "last year");

            var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Download the table Month by month as CSV")).click());
            try {
                String csv = Files.readString(download.path());
                assertThat(csv).startsWith("\uFEFFMonth,Requests,Matched,Sessions,Hours");
                assertThat(csv).contains("Apr " + lastYear).doesNotContain("Simulated");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Open the annual report to print or save as PDF")).click();
            heading(page, "Coaching and mentoring: annual report April " + lastYear + " to March " + (lastYear + 1));
            assertThat(page.locator(".report-lead")).containsText("people accessed coaching or mentoring");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print or save as PDF")))
                    .isHidden();
            BrowserSession.screenshot(page, name() + "-annual-report-printed");
            // Printed as the browser prints it: every page has its part of the report (issue 28: the
            // pages after the first came out blank).
            printsOnEveryPage(page.pdf(new Page.PdfOptions().setFormat("A4")), "How cases closed");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            check(page, "annual report");
        });

        as("coach1", page -> {
            link(page, "Your figures");
            heading(page, "Your figures");
            assertThat(page.locator("table.report-table")).containsText("Hours you pledged a year");
            check(page, "coach figures");
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    private static void printsOnEveryPage(byte[] pdf, String onALaterPage) {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("pages printed").isGreaterThan(1);
            var text = new PDFTextStripper();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                text.setStartPage(number);
                text.setEndPage(number);
                assertThat(text.getText(document)).as("printed page " + number).isNotBlank();
            }
            text.setStartPage(2);
            text.setEndPage(document.getNumberOfPages());
            assertThat(text.getText(document)).contains(onALaterPage);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
