package org.coachingpool.reports;

import java.util.Locale;
import org.coachingpool.reports.ReportTable.Cell;

/**
 * Turns figures into cells, leaving out any that describe fewer people than the pool's threshold,
 * so nobody can be recognised from a report. A count of none is shown: it describes nobody.
 */
final class Suppression {

    /** A count too small to show says so; other figures say why they are missing. */
    static final String FEW = "fewer than %d";
    static final String NOT_SHOWN = "not shown: fewer than %d people";

    private final int smallest;

    Suppression(int smallest) {
        this.smallest = smallest;
    }

    String suppressedText() {
        return FEW.formatted(smallest);
    }

    boolean tooSmall(long people) {
        return people > 0 && people < smallest;
    }

    /** A count of people or of their relationships. */
    Cell count(long n) {
        return tooSmall(n) ? new Cell(suppressedText(), null, true)
                : new Cell(String.format(Locale.UK, "%,d", n), (double) n);
    }

    /** A count that is not about thinkers (coaches' hours, pool places): always shown. */
    static Cell plain(long n) {
        return new Cell(String.format(Locale.UK, "%,d", n), (double) n);
    }

    /** Hours from minutes, shown only when the people behind them are enough. */
    Cell hours(long minutes, long people) {
        return tooSmall(people) ? suppressed() : plainHours(minutes);
    }

    static Cell plainHours(long minutes) {
        double hours = minutes / 60.0;
        return new Cell(String.format(Locale.UK, "%,.0f", hours), Math.round(hours * 10) / 10.0);
    }

    /** A share of people; none when nobody was asked. */
    Cell share(long part, long whole) {
        if (whole == 0) {
            return Cell.text("none yet");
        }
        if (tooSmall(whole)) {
            return suppressed();
        }
        double percent = 100.0 * part / whole;
        return new Cell(String.format(Locale.UK, "%.0f%%", percent), Math.round(percent * 10) / 10.0);
    }

    /** Days (median or percentile) over a group of cases. */
    Cell days(Double days, long cases) {
        if (cases == 0 || days == null) {
            return Cell.text("none yet");
        }
        if (tooSmall(cases)) {
            return suppressed();
        }
        long rounded = Math.round(days);
        return new Cell(rounded == 1 ? "1 day" : String.format(Locale.UK, "%,d days", rounded), (double) rounded);
    }

    private Cell suppressed() {
        return new Cell(NOT_SHOWN.formatted(smallest), null, true);
    }
}
