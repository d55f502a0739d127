package org.coachingpool.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.coachingpool.matching.Matching;
import org.coachingpool.request.KindWanted;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ranking one case against a pool of 1,000 coaches and mentors, with everything ranking reads
 * (profiles, people, running relationships, ledger, line-management chain, exclusions, weights)
 * from the real database. Printed, never asserted. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class MatchingBenchmark extends EmbeddedStackTest {

    static final int COACHES = Integer.getInteger("benchmark.coaches", 1000);
    static final int ROUNDS = 200;

    @Autowired JdbcClient jdbc;
    @Autowired CaseJourney journey;
    @Autowired Matching matching;

    @Test
    void printFigures() {
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
