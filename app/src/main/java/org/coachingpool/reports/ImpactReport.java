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

    /**
     * What the headline figures count, said once: beside the figures on every screen and printout,
     * and the same in every table that repeats one of them, so the tables add up to the headline.
     */
    public static final String PEOPLE_SUPPORTED = "People supported (who accessed coaching or mentoring): each "
            + "person with a coaching or mentoring "
            + "relationship running at some time in the year (matched with a coach or mentor, and not closed "
            + "before the year began), counted once, in their organisation.";
    public static final String HOURS_DELIVERED = "Hours delivered: the length of every session held in the year, "
            + "as the coach or mentor recorded it.";
    public static final String IMPROVED = "Improved: of the people who answered the evaluation at the close of "
            + "their relationship in the year, the share who rated the change in their confidence, performance "
            + "and leadership each %d or more out of 5.";

    /** The three figures in the seed's form: N people, H hours, P% improved. */
    public record Headline(ReportTable.Cell people, ReportTable.Cell hours, ReportTable.Cell improved,
            String sentence) {
    }

    public Optional<ReportTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
