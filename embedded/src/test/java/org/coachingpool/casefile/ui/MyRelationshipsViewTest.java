package org.coachingpool.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.request.KindWanted;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "My relationships" lists the cases a person takes part in; for a sponsor it is "My people". */
class MyRelationshipsViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;

    @Test
    void theThinkerAndTheCoachFindTheirCaseAndSeeThemselvesAsYou() {
        String coach = pool.coach();
        CaseId id = journey.toChemistry(coach);
        // The case names its coach as it enters chemistry, before the chemistry tasks exist.
        journey.task(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY);

        signInAndOpen("thinker", "relationships");
        var thinkerView = _get(MyRelationshipsView.class);
        assertThat(thinkerView.grid.getListDataView().getItems()).anyMatch(c -> c.id().equals(id));
        assertThat(_get(H1.class).getText()).isEqualTo("My relationships");

        signInAndOpen(coach, "relationships");
        var coachView = _get(MyRelationshipsView.class);
        assertThat(coachView.grid.getListDataView().getItems()).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(id));
    }

    @Test
    void aSponsorSeesMyPeopleAndAPromiseAboutSessionContent() {
        CaseId id = journey.toTriage(KindWanted.COACHING);
        signInAndOpen("sponsor", "relationships");
        assertThat(_get(H1.class).getText()).isEqualTo("My people");
        assertThat(_get(MyRelationshipsView.class).getPageTitle()).isEqualTo("My people | Coaching Pool");
        assertThat(_get(MyRelationshipsView.class).grid.getListDataView().getItems()).anyMatch(c -> c.id().equals(id));
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("stays between"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My people | Coaching Pool");
    }

    @Test
    void someoneWithNoRelationshipIsToldSoPlainly() {
        signInAndOpen(pool.mentor(), "relationships");
        assertThat(_find(MyRelationshipsView.class).getFirst().grid.isAttached()).isFalse();
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().equals(
                "You are not part of any coaching or mentoring relationship yet."));
    }
}
