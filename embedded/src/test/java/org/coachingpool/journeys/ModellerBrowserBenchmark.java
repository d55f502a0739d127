package org.coachingpool.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The modeller in Chromium on the packaged app, printed, never asserted: opening a copy of the
 * relationship process until it is drawn and checked (the app's rules on the server, Camunda's in
 * the browser), and how long Camunda's rules take in the browser on that model.
 */
class ModellerBrowserBenchmark {

    static final int ROUNDS = 8;

    @Test
    void printFigures() throws Exception {
        var app = PackagedApp.start(Files.createTempDirectory("coachingpool-modeller-benchmark"));
        try (var browser = new BrowserSession(app.baseUrl())) {
            Page page = browser.signIn("processadmin");
            List<Long> open = new ArrayList<>();
            List<Long> lint = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                page.navigate(browser.url("/processes/process/relationship"));
                var edit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                        .setName("Edit a copy of version 1"));
                edit.waitFor();
                long start = System.nanoTime();
                edit.click();
                page.locator("process-modeller[data-lint-ms]").waitFor();
                open.add((System.nanoTime() - start) / 1_000_000);
                lint.add(Long.parseLong(page.locator("process-modeller").getAttribute("data-lint-ms")));
            }
            open.sort(null);
            lint.sort(null);
            System.out.printf("%nModeller browser benchmark (Chromium, packaged app): relationship.bpmn opened in the "
                    + "modeller, drawn and checked: median %d ms, slowest %d ms of %d; Camunda's rules in the browser: "
                    + "median %d ms, slowest %d ms%n%n", open.get(ROUNDS / 2), open.getLast(), ROUNDS,
                    lint.get(ROUNDS / 2), lint.getLast());
        } finally {
            app.close();
        }
    }
}
