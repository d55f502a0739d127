/**
 * The pool: coaches' and mentors' profiles (kind, accreditations, specialisms, how and where
 * they meet, biography, supervision and CPD dates, status with pauses, places) and the pledge
 * ledger (hours pledged a year for a term, hours given, hours in running relationships), and
 * joining the pool ({@code onboarding.bpmn}: offer, training, profile, approval). Offers
 * {@link org.coachingpool.pool.Pool}, {@link org.coachingpool.pool.PledgeLedger} and
 * {@link org.coachingpool.pool.Onboarding}. Owns {@code pool_member}, {@code ledger_entry} and
 * {@code pool_application}, whose SQL is in {@code repository}; the screens in {@code ui} and the
 * workers are internal.
 */
package org.coachingpool.pool;
