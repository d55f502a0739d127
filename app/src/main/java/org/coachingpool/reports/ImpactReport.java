package org.coachingpool.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pool year's report: the headline a pool publishes, then its tables.
 *
 * @param scope what the figures cover ("All organisations, coaching and mentoring")
 * @param smallestGroup groups smaller than this are suppressed
 */
public record ImpactReport(PoolYear year, String scope, Headline headline, List<ReportTable> tables,
        int smallestGroup, Instant asOf) {

    /** The three figures in the seed's form: N people, H hours, P% improved. */
    public record Headline(ReportTable.Cell people, ReportTable.Cell hours, ReportTable.Cell improved,
            String sentence) {
    }

    public Optional<ReportTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
