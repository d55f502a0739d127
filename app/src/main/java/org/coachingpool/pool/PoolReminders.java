package org.coachingpool.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coachingpool.platform.UkDates;
import org.coachingpool.worklist.InboxNotices;
import org.springframework.stereotype.Component;

/**
 * Reminds a coach or mentor on their task list when supervision or their CPD record is due within
 * a month or overdue, and when their pledge term is about to end.
 */
@Component
class PoolReminders implements InboxNotices {

    static final int DUE_WITHIN_DAYS = 30;

    private final Pool pool;
    private final Clock clock;

    PoolReminders(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @Override
    public List<String> noticesFor(org.coachingpool.security.CurrentUser user) {
        // The profile alone: a task list is opened often, and the pledge's hours are not needed here.
        var found = pool.profileOf(user.id());
        if (found.isEmpty() || found.get().status() == MemberStatus.LEFT) {
            return List.of();
        }
        var profile = found.get();
        LocalDate today = LocalDate.now(clock);
        List<String> notices = new ArrayList<>();
        due("Your supervision", profile.supervisionDue(), today).ifPresent(notices::add);
        due("Your CPD record", profile.cpdDue(), today).ifPresent(notices::add);
        if (profile.status() != MemberStatus.JOINING && PledgeLedger.termEndsSoon(profile, today)) {
            notices.add("Your pledge term ends on " + UkDates.date(PledgeLedger.lastDayOfTerm(profile, today))
                    + ": agree a new pledge with the pool team.");
        }
        return notices;
    }

    private static java.util.Optional<String> due(String what, LocalDate due, LocalDate today) {
        if (due == null || due.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(due.isBefore(today) ? what + " was due on " + UkDates.date(due)
                + ". Book it, then record the next date in Your profile."
                : what + " is due on " + UkDates.date(due) + ". Record the next date in Your profile once it is done.");
    }
}
