package org.coachingpool.benchmark;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.coachingpool.CoachingPoolApplication;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.InboxQuery;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox query, with its permission filter in SQL, over 100,000 open and 1,000,000 closed work
 * items: a person's own inbox, and the pool admins' team inbox. Printed, never asserted.
 */
class InboxAtScaleBenchmark {

    static final int OPEN = 100_000;
    static final int CLOSED = 1_000_000;
    static final int RUNS = 200;

    @Test
    void printFigures() throws Exception {
        var dataDir = Files.createTempDirectory("coachingpool-inbox-bench");
        try (var app = new SpringApplicationBuilder(CoachingPoolApplication.class)
                .run("--coachingpool.embedded.data-dir=" + dataDir, "--server.port=0",
                        "--coachingpool.embedded.engine-port=" + EmbeddedStackTest.freePort(),
                        "--logging.level.root=WARN")) {
            var jdbc = app.getBean(JdbcClient.class);
            long loadStart = System.nanoTime();
            // 5,000 people with about 20 open items each; 1 in 50 open items offered to the pool admins.
            jdbc.sql("""
                            insert into work_item (id, job_key, process_instance_key, element_instance_key, bpmn_process_id,
                                process_definition_key, process_version, element_id, title, assignee, candidate_groups,
                                state, created_at, last_activated_at, offered_to_group, completed_at)
                            select gen_random_uuid(), 10000000 + g, g, g, 'relationship', 1, 1, 'log-session', 'Log a session',
                                case when g % 50 = 0 then null else 'person' || (g % 5000) end,
                                case when g % 50 = 0 then array['pool-admins'] else '{}' end,
                                case when g <= :closed then 'COMPLETED' else 'OPEN' end,
                                now() - (g || ' seconds')::interval, now(), g % 50 = 0,
                                case when g <= :closed then now() else null end
                            from generate_series(1, :total) g
                            """)
                    .param("closed", CLOSED).param("total", CLOSED + OPEN).update();
            jdbc.sql("analyze work_item").update();
            long loadSeconds = (System.nanoTime() - loadStart) / 1_000_000_000;

            var worklist = app.getBean(Worklist.class);
            var person = new CurrentUser(app.getBean(TestUsers.class).get("sponsor").id(), "person42", "Person 42",
                    Set.of(Role.SPONSOR));
            CurrentUser admin = app.getBean(TestUsers.class).get("pooladmin");
            List<String> report = new ArrayList<>();
            var screen = new InboxQuery(null, null, null, null, 200);
            report.add(measure("a person's inbox screen (" + worklist.inbox(person, screen).items().size() + " items)",
                    () -> worklist.inbox(person, screen)));
            report.add(measure("the pool admins' inbox screen (first 200 of " + worklist.inbox(admin, screen).total()
                    + " items)", () -> worklist.inbox(admin, screen)));
            var search = new InboxQuery("log a sess", null, null, null, 200);
            report.add(measure("the same, searching by title", () -> worklist.inbox(admin, search)));
            report.add(measure("every open item of the pool admins at once (" + worklist.inbox(admin).size()
                    + ", for services)", () -> worklist.inbox(admin)));
            report.add(measure("the task count badge", () -> worklist.openCount(person)));

            System.out.println("\n=== Inbox at scale: " + OPEN + " open, " + CLOSED + " closed work items (loaded in "
                    + loadSeconds + " s) ===");
            report.forEach(line -> System.out.println("  " + line));
            System.out.println();
        }
    }

    private static String measure(String what, Runnable query) {
        for (int i = 0; i < 20; i++) {
            query.run();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.run();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        return "%s: p50 %.1f ms, p95 %.1f ms".formatted(what, micros[RUNS / 2] / 1000.0,
                micros[(int) (RUNS * 0.95)] / 1000.0);
    }
}
