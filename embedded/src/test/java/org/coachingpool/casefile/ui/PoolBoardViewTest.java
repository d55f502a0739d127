package org.coachingpool.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Stage;
import org.coachingpool.request.KindWanted;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pool admins' board: every open case by stage, those that stopped moving flagged and findable. */
class PoolBoardViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired JdbcClient jdbc;

    @Test
    void aCaseThatStoppedMovingIsFlaggedAndTheFiltersFindIt() {
        CaseId waiting = journey.toTriage(KindWanted.COACHING);
        CaseId moving = journey.toMatching(KindWanted.MENTORING);
        jdbc.sql("update relationship_case set updated_at = now() - interval '20 days' where id = :id")
                .param("id", waiting.value()).update();

        signInAndOpen("pooladmin", "board");
        PoolBoardView board = _get(PoolBoardView.class);
        assertThat(board.summary.getText()).containsPattern("\\d+ open cases?, [1-9]\\d* needing attention");
        assertThat(board.grid.getListDataView().getItems()).extracting(CaseSummary::id).contains(waiting, moving);

        _setValue(board.onlyStuck, true);
        assertThat(board.grid.getListDataView().getItems()).extracting(CaseSummary::id)
                .contains(waiting).doesNotContain(moving);

        _setValue(board.onlyStuck, false);
        _setValue(board.stage, Stage.MATCHING.label());
        assertThat(board.grid.getListDataView().getItems()).extracting(CaseSummary::id)
                .contains(moving).doesNotContain(waiting);
        assertThat(board.grid.getListDataView().getItems()).allMatch(c -> c.stage() == Stage.MATCHING);
    }
}
