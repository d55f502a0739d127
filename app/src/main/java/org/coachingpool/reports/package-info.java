/**
 * Impact reports: figures a pool publishes and the pool team steers by, kept as cases move.
 *
 * <p>Offers {@link org.coachingpool.reports.ImpactReports} (the report of a pool year for pool
 * admins, a coach's own figures), {@link org.coachingpool.reports.PoolYear} and the report's
 * tables ({@link org.coachingpool.reports.ReportTable}), which the screens, the CSV export and the
 * printable annual report all show. Owns {@code case_fact}, {@code case_fact_month} and
 * {@code case_rating}: figures only (ids, states, dates, counts, ratings), never text people wrote,
 * written by {@code FactRecorder} from the events other features publish in their transactions,
 * so a figure commits with the change it counts. Groups smaller than the configured threshold are
 * suppressed in every table. SQL lives in {@code repository}; views in {@code ui} are internal.
 */
package org.coachingpool.reports;
