/**
 * The embedded default: PostgreSQL and a durable Zeebe engine inside the app (ADR 0001), the
 * embedded engine's incident feed (ADR 0006), and the nightly backups and the restore at start
 * (ADR 0024). Nothing outside this package may know it is embedded (architecture test). Owns the
 * data folder and the backups folder, not any table. Lives in the {@code embedded} Maven module,
 * which only the jar {@code ./run} starts includes (ADR 0027).
 */
package org.coachingpool.embedded;
