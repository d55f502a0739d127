package org.coachingpool.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MatchingViewsTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;

    @Test
    void theAdminShortlistsAndTheThinkerChoosesWhoIsAsked() {
        String first = pool.coach();
        String second = pool.coach();
        CaseId id = journey.toMatching(KindWanted.COACHING);
        var choose = journey.task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH);
        signInAndOpen("pooladmin", "tasks/choose-match/" + choose.id());
        ChooseMatchView view = _get(ChooseMatchView.class);
        var ranked = view.candidates.getListDataView().getItems()
                .filter(c -> c.username().equals(first) || c.username().equals(second)).toList();
        assertThat(ranked).extracting(Candidate::username).containsExactlyInAnyOrder(first, second);
        assertThat(view.mode.getListDataView().getItems()).as("the mentor list is for mentoring only")
                .containsExactly(Matching.Mode.OFFER_ONE, Matching.Mode.SHORTLIST);

        assertThat(_get(RequestPanel.class).getElement().getTextRecursively())
                .as("the request beside the candidates").contains("Goals, in their words");
        _setValue(view.mode, Matching.Mode.OFFER_ONE);
        _setValue(view.candidates, Set.copyOf(ranked));
        _click(view.send);
        assertThat(view.candidates.isInvalid()).as("offering to two people at once is refused").isTrue();
        assertThat(view.errors.isVisible()).as("the error summary").isTrue();

        _setValue(view.mode, Matching.Mode.SHORTLIST);
        _click(view.send);

        var pick = journey.task("thinker", id, "choose-from-shortlist");
        signInAndOpen("thinker", "tasks/choose-from-shortlist/" + pick.id());
        ChooseFromShortlistView shortlist = _get(ChooseFromShortlistView.class);
        var offered = shortlist.choice.getListDataView().getItems().toList();
        assertThat(offered).extracting(Candidate::username).containsExactlyInAnyOrder(first, second);
        _setValue(shortlist.choice, offered.stream().filter(c -> c.username().equals(second)).findFirst().orElseThrow());
        _click(shortlist.send);

        assertThat(journey.task(second, id, RelationshipProcess.TASK_OFFER)).isNotNull();
    }
}
