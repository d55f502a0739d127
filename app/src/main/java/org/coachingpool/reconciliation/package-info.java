/**
 * Reconciliation: the hourly comparison of the database with the engine, and the differences
 * that last, shown to the pool team on the pool board (ADR 0025). Offers
 * {@link org.coachingpool.reconciliation.Reconciliation}. Owns {@code reconciliation_run}. Reads
 * work items through the worklist, cases through cases, and the engine through
 * {@link org.coachingpool.definitions.RunningInstances}. {@code repository} is internal.
 */
package org.coachingpool.reconciliation;
