package org.coachingpool.people;

import org.coachingpool.security.UserId;

/**
 * Where a person works. Every part may be unknown (null): a pool often learns it over time.
 *
 * @param department their team or service, as their organisation names it; people in the same
 *     organisation and department are one team for matching
 * @param grade their grade as their employer names it (Band 7, Grade 9)
 * @param lineManager the person they report to, or null
 */
public record Workplace(String department, String jobTitle, String grade, Seniority seniority, UserId lineManager) {

    public static final Workplace UNKNOWN = new Workplace(null, null, null, null, null);
}
