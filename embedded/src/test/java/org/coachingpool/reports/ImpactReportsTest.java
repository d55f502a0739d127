package org.coachingpool.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coachingpool.demo.SimulatedYear;
import org.coachingpool.demo.Simulator;
import org.coachingpool.platform.UkDates;
import org.coachingpool.reports.repository.FactRepository;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.coachingpool.security.NotAllowedException;

/**
 * A simulated pool year driven through the real services and engine, then its report: every
 * figure the simulator counted itself must be the report's, or suppressed where it describes
 * fewer people than the threshold. The year is long past, so no other test's cases fall in it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactReportsTest extends EmbeddedStackTest {

    static final int YEAR = 2016;

    @Autowired Simulator simulator;
    @Autowired ImpactReports reports;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired FactRepository facts;

    SimulatedYear.Tally tally;
    ImpactReport report;

    @BeforeAll
    void simulateAYear() {
        tally = simulator.run(SimulatedYear.Parameters.likeTheSeedPool(YEAR).withRequests(36, 12));
        report = reports.report(new PoolYear(YEAR, Month.APRIL), ImpactReports.Filter.ALL, users.get("pooladmin"));
    }

    /**
     * Issue 28: a report opens on the last complete year once the pool had requests in it (its
     * figures are final), and offers years from the newest back, none before the first request.
     */
    @Test
    void reportsOpenOnTheLastCompleteYearOnceItHadRequests() {
        PoolYear current = reports.currentYear();
        UUID planted = UUID.randomUUID();
        jdbc.sql("""
                        insert into case_fact (case_id, kind_wanted, support_kind, stage, requested_at)
                        values (:id, 'COACHING', 'COACHING', 'REQUESTED', :at)
                        """).param("id", planted)
                .param("at", Timestamp.valueOf(current.previous().start().plusMonths(3).atTime(10, 0)))
                .update();
        try {
            assertThat(reports.openingYear()).isEqualTo(current.previous());
            List<PoolYear> years = reports.years();
            assertThat(years.getFirst()).isEqualTo(current);
            assertThat(years).contains(current.previous()).hasSizeLessThanOrEqualTo(10);
            for (int i = 1; i < years.size(); i++) {
                assertThat(years.get(i)).isEqualTo(years.get(i - 1).previous());
            }
        } finally {
            jdbc.sql("delete from case_fact where case_id = :id").param("id", planted).update();
        }
    }

    @Test
    void theSimulatorDroveEveryCaseWithoutGettingStuck() {
        assertThat(tally.stuck()).isZero();
        assertThat(tally.requests()).isEqualTo(36);
        assertThat(tally.sessions()).isPositive();
        assertThat(tally.evaluations()).isPositive();
    }

    @Test
    void theHeadlineIsTheSimulatorsOwnTally() {
        expect(report.headline().people(), tally.peopleSupported());
        assertThat(report.headline().hours().text()).isEqualTo(String.format(Locale.UK, "%,.0f", tally.hours()));
        assertThat(report.headline().improved().text()).isEqualTo(
                String.format(Locale.UK, "%.0f%%", 100.0 * tally.evaluatedAllImproved() / tally.evaluations()));
        assertThat(report.headline().sentence()).startsWith(report.headline().people().text() + " people accessed");
    }

    @Test
    void everyCountedFigureIsTheSimulatorsOrSuppressed() {
        expect(cell("relationships", "Requests received", 0), tally.requests());
        expect(cell("relationships", "People supported", 0), tally.peopleSupported());
        expect(cell("relationships", "Relationships started", 0), tally.started());
        expect(cell("relationships", "Sessions held", 0), tally.sessions());
        expect(cell("closed", "Completed", 0), tally.completed());
        expect(cell("closed", "Ended early", 0), tally.endedEarly());
        expect(cell("closed", "Declined by the sponsor", 0), tally.declined());
        expect(cell("closed", "Signposted", 0), tally.signposted());
        expect(cell("improvement", "Answered", 0), tally.evaluations());
    }

    @Test
    void everyMonthIsTheSimulatorsOwnCountOrSuppressed() {
        var months = report.table("months").orElseThrow();
        for (int m = 0; m < 12; m++) {
            var counted = tally.months().get(m);
            var row = months.rows().get(m);
            expect(row.cells().get(0), counted.requests());
            expect(row.cells().get(2), counted.sessions());
            if (counted.people() > 0 && counted.people() < 5) {
                assertThat(row.cells().get(3).suppressed()).as(row.label() + " hours of so few people").isTrue();
            } else {
                assertThat(row.cells().get(3).text()).as(row.label())
                        .isEqualTo(String.format(Locale.UK, "%,.0f", counted.minutes() / 60.0));
            }
        }
    }

    @Test
    void monthsAddUpToTheYearAndEveryTableHasASummaryAndACsv() {
        var months = report.table("months").orElseThrow();
        assertThat(months.rows()).hasSize(12);
        assertThat(months.rows().getFirst().label()).isEqualTo("Apr " + YEAR);
        long sessions = months.rows().stream().map(r -> r.cells().get(2))
                .filter(c -> c.value() != null).mapToLong(c -> c.value().longValue()).sum();
        assertThat(sessions).as("months below the threshold are left out, never added to").isLessThanOrEqualTo(
                tally.sessions());
        for (ReportTable table : report.tables()) {
            assertThat(table.summary()).as(table.id()).isNotBlank();
            assertThat(table.csv().lines().count()).as(table.id()).isEqualTo(table.rows().size() + 1L);
        }
    }

    /**
     * Issue 28: "people supported" is one figure with one definition. The organisation rows, before
     * suppression, add up to the headline; one organisation's row is the headline filtered to it;
     * hours received and given each add up to the hours delivered.
     */
    @Test
    void organisationRowsAddUpToTheHeadlineAndAFilteredReportIsItsRow() {
        var year = new PoolYear(YEAR, Month.APRIL);
        var all = new FactRepository.Scope(year.start(), year.end(), UkDates.UK_TIME,
                null, null, null, null);
        var totals = facts.totals(all);
        var received = facts.receivedByOrganisation(all);
        assertThat(received.stream().mapToLong(FactRepository.Received::people).sum())
                .isEqualTo(totals.peopleSupported()).isEqualTo(tally.peopleSupported());
        assertThat(received.stream().mapToLong(FactRepository.Received::minutes).sum()).isEqualTo(totals.minutes());
        assertThat(facts.givenByOrganisation(all).values().stream().mapToLong(g -> g[0]).sum())
                .isEqualTo(totals.minutes());
        assertThat(received).hasSizeGreaterThan(1);
        for (var organisation : received) {
            var filtered = new FactRepository.Scope(year.start(), year.end(),
                    UkDates.UK_TIME, organisation.organisation(), null, null, null);
            assertThat(facts.totals(filtered).peopleSupported()).as("people supported in " + organisation)
                    .isEqualTo(organisation.people());
        }
        assertThat(report.table("relationships").orElseThrow().summary()).contains(ImpactReport.PEOPLE_SUPPORTED);
    }

    @Test
    void groupsSmallerThanTheThresholdAreSuppressedNotShown() {
        var organisations = report.table("organisations").orElseThrow();
        assertThat(organisations.rows()).isNotEmpty();
        // Each organisation has a few of the 36 thinkers: their counts are too small to show.
        assertThat(organisations.rows()).allSatisfy(row -> {
            var people = row.cells().getFirst();
            var hours = row.cells().get(1);
            if (people.suppressed()) {
                assertThat(hours.suppressed()).as("hours of a group too small to show").isTrue();
            } else {
                assertThat(people.value()).as(row.label()).satisfiesAnyOf(n -> assertThat(n).isZero(),
                        n -> assertThat(n).isGreaterThanOrEqualTo(5.0));
            }
        });
        assertThat(organisations.rows()).anySatisfy(row -> assertThat(row.cells().getFirst().suppressed()).isTrue());
    }

    @Test
    void theFiguresHoldNoTextPeopleWrote() {
        var columns = jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                        where table_name in ('case_fact', 'case_fact_month', 'case_rating')
                        """).query((rs, row) -> rs.getString(1) + "." + rs.getString(2) + ":" + rs.getString(3)).list();
        assertThat(columns).filteredOn(c -> c.endsWith(":text") || c.endsWith(":ARRAY"))
                .as("only states and ids are text").allSatisfy(c -> assertThat(c).containsAnyOf("kind", "stage",
                        "proposal", "decision", "outcome", "form_key", "development_areas"));
        for (ReportTable table : report.tables()) {
            assertThat(table.csv()).as(table.id()).doesNotContain("Simulated");
        }
    }

    @Test
    void onlyThePoolTeamSeesTheReportAndACoachSeesTheirOwnFigures() {
        assertThatThrownBy(() -> reports.report(new PoolYear(YEAR, Month.APRIL), ImpactReports.Filter.ALL,
                users.get("sponsor"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> reports.report(new PoolYear(YEAR, Month.APRIL), ImpactReports.Filter.ALL,
                users.get("coach1"))).isInstanceOf(NotAllowedException.class);
        var own = reports.coachFigures(new PoolYear(YEAR, Month.APRIL), users.get("coach1"));
        var inPoolReport = report.table("coaches").orElseThrow().rows().stream()
                .filter(r -> r.label().equals("Alex Morgan")).findFirst().orElseThrow();
        assertThat(own.rows().get(2).cells().getFirst().text()).as("hours coach1 gave, as the pool team sees them")
                .isEqualTo(inPoolReport.cells().get(2).text());
        assertThatThrownBy(() -> reports.coachFigures(new PoolYear(YEAR, Month.APRIL), users.get("thinker")))
                .isInstanceOf(NotAllowedException.class);
    }

    private ReportTable.Cell cell(String table, String rowStart, int column) {
        return report.table(table).orElseThrow().rows().stream().filter(r -> r.label().startsWith(rowStart))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + rowStart + " in " + table))
                .cells().get(column);
    }

    private static void expect(ReportTable.Cell cell, long counted) {
        if (counted > 0 && counted < 5) {
            assertThat(cell.suppressed()).as("%d is below the threshold: %s", counted, cell.text()).isTrue();
        } else {
            assertThat(cell.text()).isEqualTo(String.format(Locale.UK, "%,d", counted));
        }
    }
}
