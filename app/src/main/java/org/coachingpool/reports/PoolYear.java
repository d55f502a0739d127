package org.coachingpool.reports;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A pool's reporting year: twelve months from the pool's start month, e.g. April 2025 to March
 * 2026. Named by the calendar year it starts in.
 */
public record PoolYear(int startYear, Month startMonth) {

    public PoolYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("A pool year starts between 2000 and 2100, not in " + startYear);
        }
    }

    /** The pool year the given day falls in. */
    public static PoolYear containing(LocalDate day, Month startMonth) {
        int year = day.getMonthValue() >= startMonth.getValue() ? day.getYear() : day.getYear() - 1;
        return new PoolYear(year, startMonth);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    /** The first day after the year. */
    public LocalDate end() {
        return start().plusYears(1);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(start());
    }

    public PoolYear previous() {
        return new PoolYear(startYear - 1, startMonth);
    }

    public PoolYear next() {
        return new PoolYear(startYear + 1, startMonth);
    }

    /** "April 2025 to March 2026", or "2026" when the pool year is the calendar year. */
    public String label() {
        if (startMonth == Month.JANUARY) {
            return Integer.toString(startYear);
        }
        LocalDate last = end().minusDays(1);
        return name(start()) + " to " + name(last);
    }

    private static String name(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear();
    }
}
