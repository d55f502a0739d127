/**
 * The pool: coaches' and mentors' profiles (kind, accreditations, specialisms, how and where
 * they meet, biography, supervision and CPD dates, status with pauses, places) and the pledge
 * ledger (hours pledged a year for a term, hours given, hours in running relationships). Offers
 * {@link org.coachingpool.pool.Pool} and {@link org.coachingpool.pool.PledgeLedger}. Owns
 * {@code pool_member} and {@code ledger_entry}, whose SQL is in {@code repository}; the pool
 * overview and profile screens in {@code ui} and the ledger worker are internal.
 */
package org.coachingpool.pool;
