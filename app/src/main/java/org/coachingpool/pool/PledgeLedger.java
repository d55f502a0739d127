package org.coachingpool.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hours each coach gives, counted against the hours they pledged. */
@Service
public class PledgeLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    PledgeLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Adds a closed relationship's logged time to its coach's ledger. Once per case and coach:
     * the engine may deliver the job twice.
     */
    @Transactional
    public void addClosedCase(UUID caseId, String coachUsername) {
        jdbc.sql("""
                        insert into ledger_entry (case_id, coach_id, minutes, sessions, closed_on)
                        select s.case_id, s.coach_id, sum(s.minutes), count(*), :today
                        from session_log s join user_account u on u.id = s.coach_id
                        where s.case_id = :caseId and u.username = :coach
                        group by s.case_id, s.coach_id
                        on conflict (case_id, coach_id) do nothing
                        """)
                .param("caseId", caseId).param("coach", coachUsername).param("today", LocalDate.now(clock))
                .update();
    }

    /** Minutes the coach has given in a calendar year. */
    public int minutesGiven(String coachUsername, int year) {
        return jdbc.sql("""
                        select coalesce(sum(l.minutes), 0) from ledger_entry l join user_account u on u.id = l.coach_id
                        where u.username = :coach and extract(year from l.closed_on) = :year
                        """)
                .param("coach", coachUsername).param("year", year).query(Integer.class).single();
    }
}
