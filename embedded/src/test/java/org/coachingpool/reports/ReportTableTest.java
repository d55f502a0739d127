package org.coachingpool.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void csvQuotesCommasAndQuotesDisarmsSpreadsheetFormulasAndWritesCountsAsNumbers() {
        var table = new ReportTable("t", "T", "s", List.of("Organisation", "Hours"),
                List.of(new ReportTable.Row("Smith, Jones and Co", List.of(new ReportTable.Cell("1,200", 1200.0))),
                        new ReportTable.Row("=HYPERLINK(\"x\")", List.of(new ReportTable.Cell("-5", -5.0)))),
                null);
        assertThat(table.csv()).isEqualTo("Organisation,Hours\r\n\"Smith, Jones and Co\",1200\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",-5\r\n");
    }

    @Test
    void aSmallGroupIsSuppressedButNoneIsShown() {
        var cells = new Suppression(5);
        assertThat(cells.count(4).suppressed()).isTrue();
        assertThat(cells.count(4).text()).isEqualTo("fewer than 5");
        assertThat(cells.count(0).text()).isEqualTo("0");
        assertThat(cells.count(5).text()).isEqualTo("5");
        assertThat(cells.share(3, 4).suppressed()).as("a share of too few people").isTrue();
        assertThat(cells.share(3, 4).text()).isEqualTo("not shown: fewer than 5 people");
        assertThat(cells.share(48, 50).text()).isEqualTo("96%");
        assertThat(cells.hours(600, 3).suppressed()).isTrue();
        assertThat(cells.hours(111_000, 550).text()).isEqualTo("1,850");
    }

    @Test
    void aPoolYearRunsTwelveMonthsFromItsStartMonth() {
        var year = PoolYear.containing(LocalDate.of(2026, 3, 31), Month.APRIL);
        assertThat(year.startYear()).isEqualTo(2025);
        assertThat(year.label()).isEqualTo("April 2025 to March 2026");
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(PoolYear.containing(LocalDate.of(2026, 4, 1), Month.APRIL).startYear()).isEqualTo(2026);
        assertThat(new PoolYear(2026, Month.JANUARY).label()).isEqualTo("2026");
        assertThatThrownBy(() -> new PoolYear(1900, Month.APRIL)).hasMessageContaining("between 2000 and 2100");
    }
}
