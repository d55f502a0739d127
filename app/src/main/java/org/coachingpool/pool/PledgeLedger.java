package org.coachingpool.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.coachingpool.cases.CaseId;
import org.coachingpool.pool.repository.PoolRepository;
import org.coachingpool.security.UserId;
import org.coachingpool.sessions.Sessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours each coach gives, counted against the hours they pledged. A pledge runs in terms
 * from the day the member joined (default 12 hours a year for two years); the term in force is
 * the one today falls in.
 */
@Service
public class PledgeLedger {

    /** How long before a term ends the coach and the pool team are told it is time to renew. */
    public static final int TERM_WARNING_DAYS = 60;

    private final PoolRepository pool;
    private final Sessions sessions;
    private final Clock clock;

    PledgeLedger(PoolRepository pool, Sessions sessions, Clock clock) {
        this.pool = pool;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Adds a closed relationship's logged time to its coach's ledger. Once per case and coach:
     * the engine may deliver the job twice.
     */
    @Transactional
    public void addClosedCase(CaseId caseId, String coachUsername) {
        sessions.loggedTime(caseId, coachUsername).ifPresent(logged ->
                pool.addLedgerEntry(caseId.value(), logged.coach(), logged.minutes(), logged.sessions(), LocalDate.now(clock)));
    }

    /** Minutes the coach has given in a calendar year (closed relationships). */
    public int minutesGiven(UserId coach, int year) {
        return pool.minutesGiven(coach, year);
    }

    /** The pledge in force today and what has been given against it. */
    Pledge pledgeOf(CoachProfile profile, List<PoolRepository.LedgerEntry> ledger, int minutesInRunning) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = termStart(profile, today);
        LocalDate end = start.plusYears(profile.pledgeTermYears());
        int closed = ledger.stream().filter(e -> !e.closedOn().isBefore(start) && e.closedOn().isBefore(end))
                .mapToInt(PoolRepository.LedgerEntry::minutes).sum();
        return new Pledge(profile.pledgedHoursPerYear(), start, end.minusDays(1),
                profile.pledgedHoursPerYear() * profile.pledgeTermYears(), closed + minutesInRunning, minutesInRunning,
                endsSoon(end, today));
    }

    /** The last day of the term in force. */
    static LocalDate lastDayOfTerm(CoachProfile profile, LocalDate today) {
        return termStart(profile, today).plusYears(profile.pledgeTermYears()).minusDays(1);
    }

    /** Time to renew: the term in force ends within {@link #TERM_WARNING_DAYS} days. */
    static boolean termEndsSoon(CoachProfile profile, LocalDate today) {
        return endsSoon(lastDayOfTerm(profile, today).plusDays(1), today);
    }

    private static boolean endsSoon(LocalDate dayAfterTerm, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dayAfterTerm) <= TERM_WARNING_DAYS;
    }

    static LocalDate termStart(CoachProfile profile, LocalDate today) {
        LocalDate joined = profile.joinedOn();
        if (!today.isAfter(joined)) {
            return joined;
        }
        long terms = ChronoUnit.YEARS.between(joined, today) / profile.pledgeTermYears();
        return joined.plusYears(terms * profile.pledgeTermYears());
    }
}
