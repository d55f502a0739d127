package org.coachingpool.journeys;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How soon a new task shows in an inbox that is already open in Chromium, arriving by server
 * push. Each round: a thinker's request starts a case, the engine creates the sponsor's
 * endorsement task, the app records it, and the open page draws it. A MutationObserver in the
 * page notes when the task's button appears. Printed, never asserted.
 */
class InboxVisibilityBenchmark extends EmbeddedStackTest {

    static final int WARM_UP = 10;
    static final int ROUNDS = 300;

    @LocalServerPort int port;
    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired CaseJourney journey;
    @Autowired Cases cases;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void printFigures() {
        try (var browser = new BrowserSession("http://localhost:" + port)) {
            Page inbox = browser.signIn("sponsor");
            inbox.evaluate("""
                    () => {
                      window.__seen = {};
                      const note = () => {
                        for (const b of document.querySelectorAll('vaadin-button[aria-label^="Open "]')) {
                          const label = b.getAttribute('aria-label');
                          if (!(label in window.__seen)) window.__seen[label] = Date.now();
                        }
                      };
                      new MutationObserver(note).observe(document.body,
                          { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
                      note();
                    }
                    """);
            CurrentUser thinker = users.get("thinker");
            CurrentUser sponsor = users.get("sponsor");
            List<Long> fromRequest = new ArrayList<>();
            List<Long> fromRecorded = new ArrayList<>();
            for (int round = 0; round < WARM_UP + ROUNDS; round++) {
                long requested = System.currentTimeMillis();
                CaseId id = requests.submit(thinker, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.LEADERSHIP),
                        "Benchmark round " + round, sponsor.id()), UUID.randomUUID());
                String label = "Open Endorse request for case " + cases.find(id).orElseThrow().reference();
                inbox.waitForFunction("label => label in window.__seen", label,
                        new Page.WaitForFunctionOptions().setTimeout(20_000));
                long seen = ((Number) inbox.evaluate("label => window.__seen[label]", label)).longValue();
                var task = journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE);
                long recorded = jdbc.sql("select created_at from work_item where id = :id").param("id", task.id().value())
                        .query(Timestamp.class).single().getTime();
                if (round >= WARM_UP) {
                    fromRequest.add(seen - requested);
                    fromRecorded.add(seen - recorded);
                }
                // Keep the inbox short so every new task is drawn in view: decline this one.
                endorsements.decide(task.id(), sponsor, new EndorsementDecision(false, false, null,
                        "Benchmark: not this time"));
            }
            System.out.println("\n=== Inbox visibility in an open browser inbox (Chromium, server push), " + ROUNDS
                    + " tasks ===");
            System.out.println("  request sent -> task visible:      " + summary(fromRequest));
            System.out.println("  task recorded -> task visible:     " + summary(fromRecorded));
            System.out.println();
        }
    }

    private static String summary(List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        return "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms".formatted(sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))],
                sorted[sorted.length - 1]);
    }
}
