/**
 * Triage: the decision table's proposal and the pool admin's decision with its reason. Offers
 * {@link org.coachingpool.triage.Triage}. Owns {@code triage_decision}. Views are internal.
 */
package org.coachingpool.triage;
