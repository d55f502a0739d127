/**
 * The embedded default: PostgreSQL and a durable Zeebe engine inside the app (ADR 0001), and the
 * embedded engine's incident feed (ADR 0006). Nothing outside this package may know it is embedded
 * (architecture test). Owns the data folder, not any table.
 */
package org.coachingpool.embedded;
