package org.coachingpool.journeys;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, from the npm registry, run inside the page: the WCAG checks behind the
 * public-sector accessibility duty. Installed once into target/ with the machine's npm.
 */
final class Axe {

    static final String VERSION = "4.11.1";
    private static Path script;

    private Axe() {
    }

    private static synchronized Path script() {
        if (script != null) {
            return script;
        }
        Path dir = Path.of("target", "axe").toAbsolutePath();
        Path file = dir.resolve("node_modules").resolve("axe-core").resolve("axe.min.js");
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(dir);
                // Never inherit this JVM's stdout: the test fork talks to Maven over it, and npm's
                // first-run chatter on a fresh machine corrupted that channel and failed the build.
                Path log = dir.resolve("npm.log");
                Process npm = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                        dir.toString(), "axe-core@" + VERSION)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(file)) {
                    throw new IllegalStateException("npm could not install axe-core " + VERSION + ":\n"
                            + (Files.exists(log) ? Files.readString(log) : "(no output)"));
                }
            } catch (IOException e) {
                throw new IllegalStateException("npm is needed for the accessibility checks: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        script = file;
        return script;
    }

    private static String source;

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(script());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return source;
    }

    /** Serious and critical WCAG 2.x A/AA violations on the page as it is now, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        // Evaluated through the browser's debugging protocol, not added as a script element: the
        // app's policy lets no inline script run but its own, and a test must not loosen it.
        page.evaluate("() => { if (!window.axe) {\n" + source() + "\n} }");
        return (List<String>) page.evaluate("""
                async () => {
                  // A toast fading in or out is half transparent: axe would measure the contrast of a
                  // frame nobody reads. Let finite animations end first (spinners run for ever).
                  const finite = document.getAnimations().filter(a => {
                    const end = a.effect && a.effect.getComputedTiming().endTime;
                    return Number.isFinite(end);
                  });
                  await Promise.race([
                    Promise.allSettled(finite.map(a => a.finished)),
                    new Promise(resolve => setTimeout(resolve, 3000))
                  ]);
                  const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
                  });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
    }
}
