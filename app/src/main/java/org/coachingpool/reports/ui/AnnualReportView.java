package org.coachingpool.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.reports.ImpactReport;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * The annual report laid out to print or save as PDF from the browser: the headline first, in the
 * form the pool publishes it, then the tables (a print stylesheet leaves out the navigation).
 */
@Route(value = "reports/annual", layout = MainLayout.class)
@PageTitle("Annual report | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class AnnualReportView extends VerticalLayout implements BeforeEnterObserver {

    final H1 title = new H1();
    final Paragraph lead = new Paragraph();
    final Div headline = new Div();
    final VerticalLayout tables = new VerticalLayout();
    private final ImpactReports reports;
    private final CurrentUser admin;

    public AnnualReportView(ImpactReports reports, CurrentUsers users) {
        this.reports = reports;
        this.admin = users.require();
        setMaxWidth("60rem");
        addClassName("annual-report");
        var print = new Button("Print or save as PDF",
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        headline.addClassName("report-headline");
        lead.addClassName("report-lead");
        tables.setPadding(false);
        add(title, lead, headline, print, tables);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = ReportQuery.from(event.getLocation().getQueryParameters(), reports);
        ImpactReport report = reports.report(query.year(), query.filter(), admin);
        title.setText("Coaching and mentoring: annual report " + report.year().label());
        lead.setText(report.headline().sentence());
        ImpactReportView.showHeadline(headline, report);
        tables.removeAll();
        report.tables().forEach(table -> tables.add(ReportTables.section(table, ReportTables.filePrefix(report),
                false)));
        tables.add(new Paragraph("Groups of fewer than " + report.smallestGroup() + " people are not shown. "
                + "Improvement means a rating of " + ImpactReports.IMPROVED_FROM + " or more out of 5, where 1 is no "
                + "change. People supported are those with a relationship running at some time in the year."));
    }
}
