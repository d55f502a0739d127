/**
 * Incidents: cases that cannot move. Offers {@link org.coachingpool.incidents.Incidents} (what
 * stopped which case, since when, a retry for pool admins, a plain "delayed" for the people in a
 * case) and the {@link org.coachingpool.incidents.IncidentFeed} port each engine mode implements.
 * Owns the table {@code case_problem}; its SQL is in {@code repository}, which is internal, as is
 * the cluster adapter. See ADR 0006.
 */
package org.coachingpool.incidents;
