package org.coachingpool.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.cases.Stage;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pool admins' board: every open case by stage, those that stopped moving flagged and findable. */
class PoolBoardViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired Endorsements endorsements;
    @Autowired TestUsers users;

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

    /** Issue 28: the board lists open cases; a closed one is found by reference or a person's name. */
    @Test
    void aClosedCaseIsFoundByItsReferenceOrThePersonsName() {
        CaseId id = journey.toEndorsement();
        endorsements.decide(journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE).id(), users.get("sponsor"),
                new EndorsementDecision(false, false, null, "Team restructure"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(id).orElseThrow().stage().isFinal());
        String reference = cases.find(id).orElseThrow().reference();

        signInAndOpen("pooladmin", "board");
        PoolBoardView board = _get(PoolBoardView.class);
        assertThat(board.grid.getListDataView().getItems()).extracting(CaseSummary::id).doesNotContain(id);

        _setValue(board.search, reference.toLowerCase(Locale.UK));
        _click(board.find);
        assertThat(board.found.getListDataView().getItems()).extracting(CaseSummary::id).containsExactly(id);
        assertThat(board.foundSummary.getText()).isEqualTo("1 case matches, newest first.");

        _setValue(board.search, "priya sh");
        _click(board.find);
        assertThat(board.found.getListDataView().getItems()).extracting(CaseSummary::id).contains(id);

        _setValue(board.search, "50%_nobody");
        _click(board.find);
        assertThat(board.found.isVisible()).isFalse();
        assertThat(board.foundSummary.getText()).isEqualTo("No case matches \"50%_nobody\".");
    }
}
