package org.coachingpool.reports;

import java.time.Month;
import org.coachingpool.platform.StartupProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the pool reports: the month its year starts and the smallest group a figure may describe.
 * Set by {@code coachingpool.reports.year-starts} (1 to 12) and
 * {@code coachingpool.reports.smallest-group}.
 */
@Component
public class ReportSettings {

    private final Month yearStarts;
    private final int smallestGroup;

    ReportSettings(@Value("${coachingpool.reports.year-starts:4}") int yearStarts,
            @Value("${coachingpool.reports.smallest-group:5}") int smallestGroup) {
        if (yearStarts < 1 || yearStarts > 12) {
            throw new StartupProblem(
                    "coachingpool.reports.year-starts is " + yearStarts + ": it must be a month from 1 to 12",
                    "set COACHINGPOOL_REPORTS_YEARSTARTS to the month the pool's year starts, e.g. 4 for April");
        }
        if (smallestGroup < 1 || smallestGroup > 100) {
            throw new StartupProblem(
                    "coachingpool.reports.smallest-group is " + smallestGroup + ": it must be from 1 to 100",
                    "set COACHINGPOOL_REPORTS_SMALLESTGROUP to the smallest group reports may show, e.g. 5");
        }
        this.yearStarts = Month.of(yearStarts);
        this.smallestGroup = smallestGroup;
    }

    public Month yearStarts() {
        return yearStarts;
    }

    /** Groups of fewer people than this are not shown. */
    public int smallestGroup() {
        return smallestGroup;
    }
}
