package org.coachingpool.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.coachingpool.demo.SimulatedYear;
import org.coachingpool.demo.Simulator;
import org.coachingpool.people.OrganisationId;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.reports.PoolYear;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports at size and the simulator's pace, printed, never asserted: the report of one pool year
 * over ten years of a pool with 2,000 cases a year (figures written straight to the reports'
 * tables), and relationships driven end to end by the simulator through the real services and
 * engine. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class ReportsBenchmark extends EmbeddedStackTest {

    static final int CASES_A_YEAR = Integer.getInteger("benchmark.casesAYear", 2000);
    static final int YEARS = 10;
    static final int SIMULATED = Integer.getInteger("benchmark.simulated", 200);

    @Autowired JdbcClient jdbc;
    @Autowired ImpactReports reports;
    @Autowired Simulator simulator;
    @Autowired TestUsers users;

    @Test
    void printFigures() {
        simulate();
        reportOverTenYears();
    }

    void simulate() {
        var parameters = SimulatedYear.Parameters.likeTheSeedPool(2005).withRequests(SIMULATED,
                Math.max(12, SIMULATED / 5));
        int port = jdbc.sql("select inet_server_port()").query(Integer.class).single();
        var before = CpuUse.now(port);
        var tally = simulator.run(parameters);
        var used = CpuUse.now(port).minus(before);
        double seconds = Duration.between(tally.startedAt(), tally.finishedAt()).toMillis() / 1000.0;
        System.out.printf("BENCHMARK simulator: %d relationships (%d actions through the services) in %.1f s: "
                        + "%.0f relationships a minute, %.0f actions a second; %d stuck%n", tally.requests(),
                tally.actions(), seconds, tally.requests() * 60 / seconds, tally.actions() / seconds, tally.stuck());
        System.out.printf("BENCHMARK simulator: CPU an action: %.1f ms in all, of which the engine's processing thread "
                        + "%.1f ms, the rest of the app's JVM %.1f ms, PostgreSQL %.1f ms; cores busy on average %.2f "
                        + "of %d%n", used.total() / tally.actions(), used.engine() / tally.actions(),
                (used.jvm() - used.engine()) / tally.actions(), used.database() / tally.actions(),
                used.total() / 1000 / seconds, Runtime.getRuntime().availableProcessors());
    }

    /**
     * CPU milliseconds used so far: the JVM, the engine's actor threads within it, and the embedded
     * PostgreSQL on the given port (its server and the processes it runs now; those that ended
     * meanwhile are not counted).
     */
    record CpuUse(double jvm, double engine, double database) {

        static CpuUse now(int databasePort) {
            var threads = ManagementFactory.getThreadMXBean();
            long engineNanos = 0;
            for (long id : threads.getAllThreadIds()) {
                var info = threads.getThreadInfo(id);
                if (info != null && info.getThreadName().startsWith("zb-actors")) {
                    engineNanos += Math.max(0, threads.getThreadCpuTime(id));
                }
            }
            var os = (OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean();
            // The server runs apart from this JVM (pg_ctl starts it), so it is found by its port.
            long databaseNanos = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .filter(p -> Arrays.asList(p.info().arguments().orElse(new String[0]))
                            .contains(Integer.toString(databasePort)))
                    .flatMap(server -> Stream.concat(Stream.of(server),
                            server.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return new CpuUse(os.getProcessCpuTime() / 1e6, engineNanos / 1e6, databaseNanos / 1e6);
        }

        CpuUse minus(CpuUse earlier) {
            return new CpuUse(jvm - earlier.jvm, engine - earlier.engine, database - earlier.database);
        }

        double total() {
            return jvm + database;
        }
    }

    void reportOverTenYears() {
        // Ten pool years from April 2008, a case every few hours, each with five monthly session rows
        // and a rating; thinkers spread over 20 organisations.
        jdbc.sql("""
                        insert into case_fact (case_id, thinker_id, sponsor_id, thinker_organisation_id, kind_wanted,
                            support_kind, development_areas, stage, requested_at, endorsed_at, triaged_at,
                            triage_proposal, triage_decision, matched_at, chemistry_no_gos, contracted_at, reviewed_at,
                            first_session_on, sessions, minutes, closed_at, outcome)
                        select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), o.id, 'COACHING', 'COACHING',
                               array['LEADERSHIP', 'CONFIDENCE'], 'CLOSED', r.at, r.at + interval '3 days',
                               r.at + interval '5 days', 'COACHING', 'COACHING', r.at + interval '30 days',
                               (g % 10 = 0)::int, r.at + interval '40 days', r.at + interval '190 days',
                               cast(r.at + interval '50 days' as date), 5, 375, r.at + interval '200 days', 'COMPLETED'
                        from generate_series(1, :n) g
                        cross join lateral (select timestamptz '2008-04-01' + (g * interval '1 year' / :perYear) as at) r
                        cross join lateral (select ('00000000-0000-0000-0000-' || lpad((g % 20)::text, 12, '0'))::uuid
                                            as id) o
                        """).param("n", CASES_A_YEAR * YEARS).param("perYear", CASES_A_YEAR).update();
        jdbc.sql("""
                        insert into case_fact_month (case_id, coach_id, coach_organisation_id, month, sessions, minutes)
                        select f.case_id, f.sponsor_id, f.thinker_organisation_id,
                               cast(date_trunc('month', f.contracted_at) + m * interval '1 month' as date), 1, 75
                        from case_fact f cross join generate_series(0, 4) m
                        where f.requested_at >= '2008-04-01' and f.requested_at < '2018-04-01'
                        """).update();
        jdbc.sql("""
                        insert into case_rating (case_id, form_key, confidence, performance, leadership, given_at)
                        select case_id, 'evaluation-thinker', 4, 4, 3, closed_at from case_fact
                        where requested_at >= '2008-04-01' and requested_at < '2018-04-01'
                        """).update();
        jdbc.sql("analyze case_fact").update();
        jdbc.sql("analyze case_fact_month").update();
        jdbc.sql("analyze case_rating").update();
        var admin = users.get("pooladmin");
        var year = new PoolYear(2013, Month.APRIL);
        for (int i = 0; i < 5; i++) {
            reports.report(year, ImpactReports.Filter.ALL, admin);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long started = System.nanoTime();
            var report = reports.report(i % 2 == 0 ? year : year.previous(), i % 4 == 1
                    ? new ImpactReports.Filter(new OrganisationId(UUID.fromString("00000000-0000-0000-0000-000000000003")),
                            null) : ImpactReports.Filter.ALL, admin);
            micros.add((System.nanoTime() - started) / 1000);
            if (i == 0) {
                System.out.println("BENCHMARK reports: headline of " + year.label() + ": " + report.headline().sentence());
            }
        }
        micros.sort(null);
        System.out.printf("BENCHMARK reports: a pool year's whole report over %d years of %d cases a year: "
                        + "p50 %.1f ms, p95 %.1f ms, slowest %.1f ms of %d%n", YEARS, CASES_A_YEAR,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.getLast() / 1000.0, micros.size());
    }
}
