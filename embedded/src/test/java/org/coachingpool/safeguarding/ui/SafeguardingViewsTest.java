package org.coachingpool.safeguarding.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.coachingpool.cases.CaseId;
import org.coachingpool.safeguarding.Risk;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.safeguarding.SafeguardingProcess;
import org.coachingpool.safeguarding.ThinkerTold;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coach raises a concern from the case; the safeguarding lead reads it and records what they did. */
class SafeguardingViewsTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Safeguarding safeguarding;
    @Autowired Worklist worklist;

    @Test
    void theCoachSendsAConcernAndTheLeadAnswersIt() {
        signInAndOpen("pooladmin", "safeguarding-lead");
        SafeguardingLeadView leadView = _get(SafeguardingLeadView.class);
        _click(leadView.save);
        assertThat(leadView.errors.getElement().getTextRecursively()).contains("Choose the person who will receive");
        safeguarding.nameLead(users.get("processadmin").id(), users.get("pooladmin"));

        String coach = pool.coach();
        CaseId id = journey.toSessions(coach);
        signInAndOpen(coach, "cases/" + id + "/safeguarding");
        RaiseConcernView raise = _get(RaiseConcernView.class);
        assertThat(raise.getElement().getTextRecursively()).contains("call 999", "This goes to Rhian Davies",
                "Nobody else sees it");
        _click(raise.send);
        assertThat(raise.errors.getElement().getTextRecursively()).contains("Choose what the risk is",
                "Say what the safeguarding lead needs to know");
        _setValue(raise.risk, Risk.HARM_TO_OTHERS);
        _setValue(raise.thinkerTold, ThinkerTold.NO_UNSAFE);
        _setValue(raise.whatHappened, "Threats made against a colleague");
        _click(raise.send);
        assertThat(raise.getElement().getTextRecursively()).contains("Concern sent", "Rhian Davies has it");

        var lead = users.get("processadmin");
        var task = await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(lead).stream()
                .filter(i -> i.elementId().equals(SafeguardingProcess.TASK_RESPOND)).findFirst(), found -> found.isPresent())
                .orElseThrow();
        signInAndOpen("processadmin", "tasks/respond-to-concern/" + task.id());
        RespondToConcernView respond = _get(RespondToConcernView.class);
        assertThat(respond.getElement().getTextRecursively()).contains("Only you can see this concern",
                "Threats made against a colleague", Risk.HARM_TO_OTHERS.label(), ThinkerTold.NO_UNSAFE.label());
        _setValue(respond.response, "Referred to HR and the police liaison officer");
        _click(respond.send);
        await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(lead).stream().noneMatch(i -> i.id().equals(task.id())));
    }
}
