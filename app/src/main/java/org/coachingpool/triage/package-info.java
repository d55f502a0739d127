/**
 * Triage: the decision table's proposal and the pool admin's decision with its reason. Offers
 * {@link org.coachingpool.triage.Triage}. Owns {@code triage_decision}, whose SQL is in
 * {@code repository}. Views and {@code repository} are internal.
 */
package org.coachingpool.triage;
