package org.coachingpool.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.coachingpool.matching.Matching;
import org.coachingpool.matching.WaitingList;
import org.coachingpool.people.StaffImport;
import org.coachingpool.request.KindWanted;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pool at size, printed, never asserted: ranking one case against 1,000 coaches and mentors,
 * with everything ranking reads (profiles, people, running relationships, ledger, line-management
 * chain, holds, exclusions, weights) from the real database; and importing 10,000 staff from CSV
 * (preview, then import). Run with {@code ./mvnw -Pbenchmark verify}.
 */
class PoolBenchmark extends EmbeddedStackTest {

    static final int COACHES = Integer.getInteger("benchmark.coaches", 1000);
    static final int ROUNDS = 200;

    @Autowired JdbcClient jdbc;
    @Autowired CaseJourney journey;
    @Autowired Matching matching;
    @Autowired StaffImport staffImport;
    @Autowired WaitingList waitingList;
    @Autowired TestUsers users;

    @Test
    void printFigures() {
        importStaff();
        rank();
        rankWaitingList();
    }

    /** 500 cases waiting (written straight to the tables), ranked again in one pass. */
    void rankWaitingList() {
        jdbc.sql("""
                        insert into relationship_case (id, reference, thinker_id, sponsor_id, kind_wanted, stage,
                            requested_at, updated_at)
                        select gen_random_uuid(), 'BENCH-' || g, t.id, s.id, 'COACHING', 'MATCHING', now(), now()
                        from generate_series(1, 500) g,
                             (select id from user_account where username = 'thinker') t,
                             (select id from user_account where username = 'sponsor') s
                        """).update();
        jdbc.sql("""
                        insert into case_request (case_id, development_areas, goals, submission_token)
                        select id, array['LEADERSHIP'], 'Benchmark', gen_random_uuid() from relationship_case
                        where reference like 'BENCH-%'
                        """).update();
        jdbc.sql("""
                        insert into match_waiting (case_id, since, last_ranked_at, mentoring)
                        select id, now() - (random() * interval '30 days'), now(), false from relationship_case
                        where reference like 'BENCH-%'
                        """).update();
        waitingList.rankAgain();
        List<Long> millis = new ArrayList<>();
        int woken = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            woken = waitingList.rankAgain();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(null);
        System.out.printf("%nWaiting list benchmark: 500 waiting cases ranked again against %d pool members "
                + "(%d sent back to be matched): median %d ms, slowest %d ms of 5 passes%n", COACHES, woken,
                millis.get(2), millis.getLast());
    }

    void importStaff() {
        var csv = new StringBuilder("name,email,organisation,department,job_title,grade,seniority,line_manager_email,roles\n");
        for (int i = 0; i < StaffImport.MAX_ROWS; i++) {
            csv.append("Staff ").append(i).append(",staff").append(i).append("@bench.example.org,Northshire County Council,")
                    .append("Team ").append(i % 50).append(",Officer,Grade 6,Experienced practitioner,")
                    .append(i % 10 == 0 ? "" : "staff" + (i - i % 10) + "@bench.example.org").append(",thinker\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        var admin = users.get("pooladmin");
        long start = System.nanoTime();
        var preview = staffImport.preview(file, admin);
        long previewed = System.nanoTime();
        var result = staffImport.apply(file, admin);
        long imported = System.nanoTime();
        var again = staffImport.apply(file, admin);
        long repeated = System.nanoTime();
        System.out.printf("%nStaff import benchmark: %,d rows (%d problems)%n", preview.rows().size(),
                preview.rowsWithProblems());
        System.out.printf("  preview %.1f s, import %.1f s (%d added), same file again %.1f s (%d unchanged)%n",
                (previewed - start) / 1e9, (imported - previewed) / 1e9, result.added(), (repeated - imported) / 1e9,
                again.unchanged());
    }

    void rank() {
        jdbc.sql("""
                        insert into organisation (id, name)
                        select gen_random_uuid(), 'Bench organisation ' || g from generate_series(1, 26) g
                        on conflict (name) do nothing
                        """).update();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            created_at, department, seniority)
                        select gen_random_uuid(), 'bench-' || g, 'Bench Coach ' || g, 'bench-' || g || '@example.org',
                               (select id from organisation order by name offset (g % 26) limit 1), 'x', now(),
                               (array['Finance','Housing','Nursing','Adult Social Care','Education'])[1 + g % 5],
                               (array['PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','EXECUTIVE'])[1 + g % 4]
                        from generate_series(1, :n) g
                        """).param("n", COACHES).update();
        jdbc.sql("""
                        insert into pool_member (user_id, offers_coaching, offers_mentoring, max_active_relationships,
                            pledged_hours_per_year, joined_on, specialisms, modality, location, status, paused_until)
                        select id, n % 3 <> 0, n % 2 = 0, 1 + n % 4, 12, current_date - 100,
                               case n % 3 when 0 then array['LEADERSHIP','CONFIDENCE'] when 1 then array['CAREER']
                                          else array['CHANGE','NEW_ROLE'] end,
                               (array['VIRTUAL','IN_PERSON','BOTH'])[1 + n % 3],
                               case when n % 2 = 0 then 'Northtown' end,
                               case when n % 10 = 0 then 'PAUSED' else 'ACTIVE' end,
                               case when n % 10 = 0 then current_date + 30 end
                        from (select id, row_number() over (order by username) as n from user_account
                              where username like 'bench-%') numbered
                        """).update();

        var caseId = journey.toMatching(KindWanted.COACHING);
        for (int i = 0; i < 20; i++) {
            matching.rankNow(caseId, false);
        }
        List<Long> micros = new ArrayList<>();
        int candidates = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            candidates = matching.rankNow(caseId, i % 2 == 0).size();
            micros.add((System.nanoTime() - start) / 1000);
        }
        micros.sort(null);
        System.out.printf("%nMatching benchmark: ranking one case against %d pool members (%d offered), %d rounds%n",
                COACHES, candidates, ROUNDS);
        System.out.printf("  p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", micros.get(ROUNDS / 2) / 1000.0,
                micros.get(ROUNDS * 95 / 100) / 1000.0, micros.getLast() / 1000.0);
    }
}
