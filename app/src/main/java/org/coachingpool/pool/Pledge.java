package org.coachingpool.pool;

import java.time.LocalDate;

/**
 * A member's pledge for the current term and what they have given against it. Hours are whole
 * minutes / 60, shown to one decimal place.
 *
 * @param minutesDelivered logged in sessions held during the term, in closed and running relationships
 * @param minutesInRunning the part of that logged in relationships still running
 * @param endsSoon the term ends within {@link PledgeLedger#TERM_WARNING_DAYS} days: time to renew
 */
public record Pledge(int hoursPerYear, LocalDate termStart, LocalDate termEnd, int hoursForTerm,
        int minutesDelivered, int minutesInRunning, boolean endsSoon) {

    public double hoursDelivered() {
        return minutesDelivered / 60.0;
    }

    public double hoursInRunning() {
        return minutesInRunning / 60.0;
    }

    /** Pledged hours of the term not yet given; never below zero. */
    public double hoursLeft() {
        return Math.max(0, hoursForTerm - hoursDelivered());
    }
}
