package org.coachingpool.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.request.KindWanted;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TriageViewTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired Worklist worklist;

    @Test
    void thePoolAdminSeesTheProposalAndMustGiveAReasonToOverrideIt() {
        CaseId id = journey.toTriage(KindWanted.COACHING);
        var item = journey.task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);
        signInAndOpen("pooladmin", "tasks/triage-request/" + item.id());
        TriageView view = _get(TriageView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withText("The triage table proposes coaching."))).isNotNull();

        _setValue(view.decision, TriageDecision.MENTORING);
        _click(view.decide);
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(worklist.stateOf(item.id())).isEqualTo(WorkItemState.OPEN);

        _setValue(view.reason, "Asked for someone who has done the job");
        _click(view.decide);
        assertThat(worklist.stateOf(item.id())).isEqualTo(WorkItemState.COMPLETED);
    }
}
