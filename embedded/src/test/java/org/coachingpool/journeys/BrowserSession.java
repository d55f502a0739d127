package org.coachingpool.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here: the
 * executable comes from CHROMIUM_PATH or the system's chromium.
 */
final class BrowserSession implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl;
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Chromium not found: install Debian's chromium package or set CHROMIUM_PATH");
    }

    /** What Chromium refused under the app's Content-Security-Policy, on any page so far. */
    private final List<String> policyViolations = Collections.synchronizedList(new ArrayList<>());

    /** A page in a fresh browser context: no cookies, nobody signed in. */
    Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        page.setDefaultTimeout(20_000);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** The violations seen since the last call; a journey fails on any. */
    List<String> takePolicyViolations() {
        synchronized (policyViolations) {
            var seen = List.copyOf(policyViolations);
            policyViolations.clear();
            return seen;
        }
    }

    /**
     * A fresh browser context signed in as the person. The first request to a freshly started
     * app can be slow, and a click before the login form's web component is ready submits
     * nothing: wait for the component first. One attempt only: a sign-in that does not stick is
     * a bug a person would meet too.
     */
    Page signIn(String username) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        page.waitForFunction("() => !!customElements.get('vaadin-login-form')");
        page.getByLabel("Username").fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(20_000));
        return page;
    }

    /** Whether the page registered a service worker; the app must not (ADR 0005). */
    static int serviceWorkers(Page page) {
        return ((Number) page.evaluate("() => navigator.serviceWorker ? navigator.serviceWorker.getRegistrations()"
                + ".then(r => r.length) : 0")).intValue();
    }

    String url(String path) {
        return baseUrl + path;
    }

    static void screenshot(Page page, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
