package org.coachingpool.reports.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingpool.people.OrganisationId;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.reports.PoolYear;

/**
 * What a report page shows, read from and written to its address, so a report can be bookmarked
 * and shared: {@code ?year=2025&organisation=<id>&kind=COACHING}. Parts that cannot be read are
 * named in {@code problem} and left at their default.
 */
record ReportQuery(PoolYear year, ImpactReports.Filter filter, String problem) {

    static ReportQuery from(QueryParameters parameters, ImpactReports reports) {
        Map<String, List<String>> values = parameters.getParameters();
        PoolYear year = reports.openingYear();
        String problem = null;
        var yearText = first(values, "year");
        if (yearText.isPresent()) {
            var chosen = reports.years().stream()
                    .filter(y -> Integer.toString(y.startYear()).equals(yearText.get())).findFirst();
            if (chosen.isPresent()) {
                year = chosen.get();
            } else {
                problem = "There is no report for the year " + yearText.get() + ". Showing " + year.label() + ".";
            }
        }
        OrganisationId organisation = null;
        var organisationText = first(values, "organisation");
        if (organisationText.isPresent()) {
            organisation = OrganisationId.fromText(organisationText.get()).orElse(null);
            if (organisation == null) {
                problem = "That organisation is not known. Showing all organisations.";
            }
        }
        String kind = first(values, "kind").filter(k -> k.equals("COACHING") || k.equals("MENTORING")).orElse(null);
        return new ReportQuery(year, new ImpactReports.Filter(organisation, kind), problem);
    }

    QueryParameters parameters() {
        var values = new LinkedHashMap<String, String>();
        values.put("year", Integer.toString(year.startYear()));
        if (filter.organisation() != null) {
            values.put("organisation", filter.organisation().toString());
        }
        if (filter.supportKind() != null) {
            values.put("kind", filter.supportKind());
        }
        return QueryParameters.simple(values);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty()).map(List::getFirst)
                .filter(v -> !v.isBlank());
    }
}
