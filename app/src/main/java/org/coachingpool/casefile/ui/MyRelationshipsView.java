package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;

/** Thinkers' and coaches' relationships; for sponsors, the people they sponsor. */
@Route(value = "relationships", layout = MainLayout.class)
@PageTitle("My relationships | Coaching Pool")
@PermitAll
public class MyRelationshipsView extends VerticalLayout {

    final Grid<CaseSummary> grid = new Grid<>();

    public MyRelationshipsView(Cases cases, CurrentUsers users) {
        CurrentUser me = users.require();
        setMaxWidth("64rem");
        var mine = cases.involving(me);
        add(new H2("My relationships"));
        if (mine.isEmpty()) {
            add(new Paragraph("You are not part of any coaching or mentoring relationship yet."));
            return;
        }
        grid.addComponentColumn(CaseLink::to).setHeader("Case").setAutoWidth(true);
        grid.addColumn(c -> c.thinker().equals(me.id()) ? "You" : c.thinkerName()).setHeader("Thinker");
        grid.addColumn(c -> c.sponsor().equals(me.id()) ? "You" : c.sponsorName()).setHeader("Sponsor");
        grid.addColumn(c -> c.coachName() == null ? "Not matched yet"
                : me.id().equals(c.coach()) ? "You" : c.coachName()).setHeader("Coach or mentor");
        grid.addColumn(c -> c.stage().label()).setHeader("Stage");
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
