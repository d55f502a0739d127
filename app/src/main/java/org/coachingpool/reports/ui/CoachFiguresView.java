package org.coachingpool.reports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.reports.PoolYear;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** A coach's or mentor's own figures for a pool year: the time they gave against their pledge. */
@MenuItem(title = "Your figures", order = 31, forRoles = Role.COACH)
@Route(value = "your-figures", layout = MainLayout.class)
@PageTitle("Your figures | Coaching Pool")
@RolesAllowed(Role.COACH_ROLE)
public class CoachFiguresView extends VerticalLayout implements BeforeEnterObserver {

    final Select<PoolYear> year = new Select<>();
    final Div figures = new Div();
    private final ImpactReports reports;
    private final CurrentUser coach;

    public CoachFiguresView(ImpactReports reports, CurrentUsers users) {
        this.reports = reports;
        this.coach = users.require();
        setMaxWidth("50rem");
        year.setLabel("Pool year");
        year.setWidth("17rem");
        year.setItems(reports.years());
        year.setItemLabelGenerator(PoolYear::label);
        // The year chosen goes into the address, so a reload or a bookmark shows the same year.
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(CoachFiguresView.class,
                        QueryParameters.of("year", Integer.toString(e.getValue().startYear())));
            }
        });
        figures.setWidthFull();
        add(new H1("Your figures"), new Paragraph("The sessions you logged and the hours you gave in the pool "
                + "year, against the hours you pledged. Only you and the pool team see them."), year, figures);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year.setValue(ReportQuery.from(event.getLocation().getQueryParameters(), reports).year());
        show();
    }

    private void show() {
        figures.removeAll();
        var table = reports.coachFigures(year.getValue(), coach);
        figures.add(new Paragraph(table.summary()), ReportTables.table(table));
    }
}
