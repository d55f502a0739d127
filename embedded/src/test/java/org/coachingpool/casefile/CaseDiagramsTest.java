package org.coachingpool.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.request.KindWanted;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case diagram marks where the case is, in the relationship picture every role knows. */
class CaseDiagramsTest extends EmbeddedStackTest {

    @Autowired CaseDiagrams diagrams;
    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;

    @Test
    void aTaskOfTheMainProcessIsMarkedItself() {
        CaseId id = journey.toTriage(KindWanted.COACHING);
        var diagram = diagrams.forCase(id, users.get("thinker")).orElseThrow();
        assertThat(diagram.currentElements()).containsExactly("triage-request");
        assertThat(diagram.currentNames()).containsExactly("Triage request");
        assertThat(diagram.bpmnXml()).contains("id=\"triage-request\"");
    }

    @Test
    void aTaskOfACalledProcessIsShownAsTheCallThatStartedIt() {
        CaseId matching = journey.toMatching(KindWanted.COACHING);
        assertThat(diagrams.forCase(matching, users.get("sponsor")).orElseThrow().currentNames())
                .containsExactly("Match a coach or mentor");

        CaseId sessions = journey.toSessions(pool.coach());
        assertThat(diagrams.forCase(sessions, users.get("pooladmin")).orElseThrow().currentElements())
                .containsExactly("hold-sessions");
    }

    @Test
    void someoneOutsideTheCaseGetsNoDiagram() {
        CaseId id = journey.toTriage(KindWanted.MENTORING);
        assertThat(diagrams.forCase(id, users.get("coach2"))).isEmpty();
        assertThat(diagrams.forCase(new CaseId(UUID.randomUUID()), users.get("pooladmin"))).isEmpty();
    }
}
