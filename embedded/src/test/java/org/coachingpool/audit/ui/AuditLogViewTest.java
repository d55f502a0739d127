package org.coachingpool.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import java.time.Instant;
import org.coachingpool.audit.AuditAction;
import org.coachingpool.audit.ChainCheck;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.request.KindWanted;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool team finds a case's entries in the audit log and sees that the log is whole. */
class AuditLogViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired Cases cases;
    @Autowired TestPool pool;

    @Test
    void thePoolTeamFindsWhoWasRefusedACaseAndWhoDecidedOnIt() {
        CaseId id = journey.toTriage(KindWanted.COACHING);
        String reference = cases.find(id).orElseThrow().reference();
        String stranger = pool.mentor();
        cases.visit(id, users.get(stranger));

        signInAndOpen("pooladmin", "audit");
        AuditLogView view = _get(AuditLogView.class);
        assertThat(view.chain.getText()).startsWith("The log is complete");
        _setValue(view.caseReference, reference);
        var rows = view.grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(e -> e.action()).contains(AuditAction.DECISION, AuditAction.ACCESS_REFUSED);
        assertThat(rows).filteredOn(e -> e.action() == AuditAction.DECISION).extracting(AuditLogView::detail)
                .anyMatch(detail -> detail.startsWith("Completed the task"));
        _setValue(view.action, AuditAction.ACCESS_REFUSED);
        assertThat(view.grid.getListDataView().getItems().toList()).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("Asked for a case that is not theirs"));
        assertThat(view.summary.getText()).isEqualTo("Showing 1 entry.");
    }

    @Test
    void onlyThePoolTeamOpensTheAuditLog() {
        assertThatThrownBy(() -> signInAndOpen("coach1", "audit"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void theBannerReadsWellForAnEmptyAOneEntryAndALongLog() {
        var at = Instant.parse("2026-12-07T10:15:00Z");
        assertThat(AuditLogView.completeText(new ChainCheck(0, null, at)))
                .startsWith("The log has no entries yet.").doesNotContain("0 entries");
        assertThat(AuditLogView.completeText(new ChainCheck(1, null, at)))
                .contains("its one entry had not been changed").doesNotContain("1 entries");
        assertThat(AuditLogView.completeText(new ChainCheck(12_345, null, at)))
                .contains("each of the 12,345 entries");
    }
}
