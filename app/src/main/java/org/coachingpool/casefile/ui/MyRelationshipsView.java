package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** Thinkers' and coaches' relationships; for sponsors, the people they sponsor. */
@MenuItem(title = "My relationships", order = 20, forRoles = {Role.THINKER, Role.COACH})
@MenuItem(title = "My people", order = 20, forRoles = Role.SPONSOR, notFor = {Role.THINKER, Role.COACH})
@Route(value = "relationships", layout = MainLayout.class)
@PermitAll
public class MyRelationshipsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CaseSummary> grid = new Grid<>();
    private final String title;

    public MyRelationshipsView(Cases cases, Incidents incidents, CurrentUsers users) {
        CurrentUser me = users.require();
        setMaxWidth("64rem");
        var mine = cases.involving(me);
        // The navigation calls it "My people" for someone who only sponsors; so does the page.
        boolean onlySponsor = me.has(Role.SPONSOR) && !me.has(Role.THINKER) && !me.has(Role.COACH);
        title = onlySponsor ? "My people" : "My relationships";
        add(new H1(title));
        if (mine.isEmpty()) {
            add(new Paragraph(onlySponsor ? "Nobody has named you as their sponsor yet."
                    : "You are not part of any coaching or mentoring relationship yet."));
            return;
        }
        if (onlySponsor) {
            add(new Paragraph("Open a case to see its milestones and agreed outcomes. What is said in sessions stays"
                    + " between your colleague and their coach or mentor."));
        }
        grid.addComponentColumn(CaseLink::to).setHeader("Case").setAutoWidth(true);
        grid.addColumn(c -> c.thinker().equals(me.id()) ? "You" : c.thinkerName()).setHeader("Thinker");
        grid.addColumn(c -> c.sponsor().equals(me.id()) ? "You" : c.sponsorName()).setHeader("Sponsor");
        grid.addColumn(c -> c.coachName() == null ? "Not matched yet"
                : me.id().equals(c.coach()) ? "You" : c.coachName()).setHeader("Coach or mentor");
        var delayed = incidents.delayed(mine.stream().map(CaseSummary::id).toList());
        grid.addColumn(c -> c.stage().label() + (delayed.contains(c.id()) ? " (delayed: the pool team knows)" : ""))
                .setHeader("Stage");
        grid.setItems(mine);
        grid.getElement().setAttribute("aria-label", "Your relationships");
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return title + " | Coaching Pool";
    }
}
