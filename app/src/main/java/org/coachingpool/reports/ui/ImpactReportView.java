package org.coachingpool.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coachingpool.people.OrganisationId;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.reports.ImpactReport;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.reports.PoolYear;
import org.coachingpool.reports.ReportTable;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * The pool's impact report for pool admins: a year, an organisation and a kind of support to
 * choose; the headline; then every table with its chart and CSV; links to the printable annual
 * report and to all tables at once.
 */
@MenuItem(title = "Impact reports", order = 46, forRoles = Role.POOL_ADMIN)
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Impact reports | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class ImpactReportView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL = "";

    final Select<PoolYear> year = new Select<>();
    final Select<String> organisation = new Select<>();
    final Select<String> kind = new Select<>();
    final Paragraph notice = new Paragraph();
    final Div headline = new Div();
    final VerticalLayout tables = new VerticalLayout();
    final HorizontalLayout exports = new HorizontalLayout();
    private final ImpactReports reports;
    private final CurrentUser admin;
    private ReportQuery query;
    private boolean filling;

    public ImpactReportView(ImpactReports reports, CurrentUsers users) {
        this.reports = reports;
        this.admin = users.require();
        setMaxWidth("80rem");
        Map<OrganisationId, String> organisations = reports.organisations(admin);
        year.setLabel("Pool year");
        year.setWidth("17rem");
        organisation.setWidth("20rem");
        kind.setWidth("15rem");
        year.setItems(reports.years());
        year.setItemLabelGenerator(PoolYear::label);
        var organisationIds = new ArrayList<String>();
        organisationIds.add(ALL);
        organisations.keySet().forEach(id -> organisationIds.add(id.toString()));
        organisation.setLabel("People from");
        organisation.setItems(organisationIds);
        organisation.setItemLabelGenerator(id -> id.isEmpty() ? "All organisations"
                : OrganisationId.fromText(id).map(organisations::get).orElse("An organisation that no longer exists"));
        kind.setLabel("Support");
        kind.setItems(ALL, "COACHING", "MENTORING");
        kind.setItemLabelGenerator(k -> switch (k) {
            case "COACHING" -> "Coaching";
            case "MENTORING" -> "Mentoring";
            default -> "Coaching and mentoring";
        });
        List.of(year, organisation, kind).forEach(select -> select.addValueChangeListener(e -> {
            if (!filling && e.isFromClient()) {
                navigate();
            }
        }));
        var filters = new HorizontalLayout(year, organisation, kind);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("no-print");
        headline.addClassName("report-headline");
        tables.setPadding(false);
        exports.addClassName("no-print");
        exports.setWrap(true);
        notice.addClassName("case-delay");
        notice.setVisible(false);
        add(new H1("Impact reports"), new Paragraph("Figures for the pool year you choose, from what happened on "
                + "cases: counts and shares only, never what anyone wrote. Any group of fewer than "
                + "the pool's threshold of people is not shown, so nobody can be recognised."), notice, filters,
                headline, exports, tables);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = ReportQuery.from(event.getLocation().getQueryParameters(), reports);
        show();
    }

    private void navigate() {
        String chosenOrganisation = organisation.getValue();
        String chosenKind = kind.getValue();
        var chosen = new ReportQuery(year.getValue() == null ? reports.currentYear() : year.getValue(),
                new ImpactReports.Filter(chosenOrganisation == null || chosenOrganisation.isEmpty() ? null
                        : OrganisationId.fromText(chosenOrganisation).orElse(null),
                        chosenKind == null || chosenKind.isEmpty() ? null : chosenKind), null);
        UI.getCurrent().navigate(ImpactReportView.class, chosen.parameters());
    }

    private void show() {
        filling = true;
        year.setValue(query.year());
        organisation.setValue(query.filter().organisation() == null ? ALL : query.filter().organisation().toString());
        kind.setValue(query.filter().supportKind() == null ? ALL : query.filter().supportKind());
        filling = false;
        notice.setVisible(query.problem() != null);
        notice.setText(query.problem() == null ? "" : query.problem());
        ImpactReport report = reports.report(query.year(), query.filter(), admin);
        showHeadline(headline, report);
        String prefix = ReportTables.filePrefix(report);
        exports.removeAll();
        String annual = RouteConfiguration.forSessionScope().getUrl(AnnualReportView.class) + "?"
                + query.parameters().getQueryString();
        var print = new Anchor(annual, "Open the annual report to print or save as PDF");
        var zip = new Anchor(ReportTables.allAsZip(report, prefix), "Download every table (CSV files in a zip)");
        zip.getElement().setAttribute("download", true);
        exports.add(print, zip);
        tables.removeAll();
        report.tables().forEach(table -> tables.add(ReportTables.section(table, prefix, true)));
    }

    /** The three figures in the form pools publish them, and what they cover. */
    static void showHeadline(Div headline, ImpactReport report) {
        headline.removeAll();
        headline.add(new Paragraph(report.year().label() + " · " + report.scope() + " · figures as at "
                + UkDates.dateTime(report.asOf())));
        var figures = new Div();
        figures.addClassName("report-figures");
        figures.add(figure(report.headline().people(), "people accessed coaching or mentoring"),
                figure(report.headline().hours(), "hours of coaching and mentoring were delivered"),
                figure(report.headline().improved(),
                        "of those who evaluated reported improved confidence, performance and leadership"));
        var definitions = new Div(new Paragraph(ImpactReport.PEOPLE_SUPPORTED),
                new Paragraph(ImpactReport.HOURS_DELIVERED),
                new Paragraph(ImpactReport.IMPROVED.formatted(ImpactReports.IMPROVED_FROM)));
        definitions.addClassName("report-definitions");
        headline.add(figures, definitions);
    }

    private static Div figure(ReportTable.Cell number, String words) {
        var big = new Span(number.text());
        big.addClassName("report-figure-number");
        if (number.suppressed() || number.value() == null) {
            big.addClassName("no-figure");
        }
        var text = new Span(words);
        var figure = new Div(big, text);
        figure.addClassName("report-figure");
        return figure;
    }
}
