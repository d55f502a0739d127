/**
 * The pool: coaches and mentors with their capacity, and the pledge ledger. Offers
 * {@link org.coachingpool.pool.PledgeLedger}. Owns {@code pool_member} and {@code ledger_entry}.
 */
package org.coachingpool.pool;
