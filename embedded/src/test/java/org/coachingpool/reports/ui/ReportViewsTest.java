package org.coachingpool.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;

class ReportViewsTest extends ViewTest {

    @Test
    void aPoolAdminSeesTheHeadlineEveryTableAndTheExports() {
        signInAndOpen("pooladmin", "reports");
        var view = _get(ImpactReportView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("people accessed coaching or mentoring", "hours of coaching and mentoring",
                "Open the annual report to print or save as PDF", "Download every table (CSV files in a zip)");
        assertThat(_find(NativeTable.class)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(view.year.getValue()).isNotNull();
    }

    @Test
    void aYearThePoolDoesNotReportOnIsNamedAndTheCurrentYearShown() {
        signInAndOpen("pooladmin", "reports");
        UI.getCurrent().navigate("reports",
                QueryParameters.simple(Map.of("year", "1999", "kind", "COACHING")));
        var view = _get(ImpactReportView.class);
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).startsWith("There is no report for the year 1999.");
        assertThat(view.kind.getValue()).isEqualTo("COACHING");
    }

    @Test
    void theAnnualReportLeadsWithTheHeadlineSentence() {
        signInAndOpen("pooladmin", "reports/annual");
        var view = _get(AnnualReportView.class);
        assertThat(view.title.getText()).startsWith("Coaching and mentoring: annual report ");
        assertThat(view.lead.getText()).contains("people accessed coaching or mentoring");
    }

    @Test
    void aCoachSeesTheirOwnFiguresAndNotThePoolsReport() {
        signInAndOpen("coach1", "your-figures");
        var view = _get(CoachFiguresView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Hours you gave", "Hours you pledged a year");
        Assertions.assertThatThrownBy(() -> signInAndOpen("coach1", "reports"))
                .as("the pool's report is for the pool team").isInstanceOf(RuntimeException.class);
    }
}
