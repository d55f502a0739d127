package org.coachingpool.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;
import org.springframework.stereotype.Component;

/** Takes a new case to a given step through the app's services, as the demo people would. */
@Component
public class CaseJourney {

    private final Requests requests;
    private final Endorsements endorsements;
    private final Triage triage;
    private final TaskForms forms;
    private final Worklist worklist;
    private final TestUsers users;

    CaseJourney(Requests requests, Endorsements endorsements, Triage triage, TaskForms forms, Worklist worklist,
            TestUsers users) {
        this.requests = requests;
        this.endorsements = endorsements;
        this.triage = triage;
        this.forms = forms;
        this.worklist = worklist;
        this.users = users;
    }

    /** A coaching request from the demo thinker waiting for the demo sponsor's endorsement. */
    public CaseId toEndorsement() {
        return toEndorsement(KindWanted.COACHING);
    }

    private CaseId toEndorsement(KindWanted kind) {
        return toEndorsement("thinker", kind, "Grow as a leader");
    }

    private CaseId toEndorsement(String thinker, KindWanted kind, String goals) {
        CaseId id = requests.submit(users.get(thinker), new NewRequest(kind, Set.of(DevelopmentArea.LEADERSHIP),
                goals, users.get("sponsor").id()), UUID.randomUUID());
        task("sponsor", id, RelationshipProcess.TASK_ENDORSE);
        return id;
    }

    /** A case whose triage task waits for the pool admins. */
    public CaseId toTriage(KindWanted kind) {
        return toTriage("thinker", kind, "Grow as a leader");
    }

    private CaseId toTriage(String thinker, KindWanted kind, String goals) {
        CurrentUser sponsor = users.get("sponsor");
        CaseId id = toEndorsement(thinker, kind, goals);
        endorsements.decide(task("sponsor", id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));
        task("pooladmin", id, RelationshipProcess.TASK_TRIAGE);
        return id;
    }

    /** A case whose matching task waits for the pool admins. */
    public CaseId toMatching(KindWanted kind) {
        return toMatching("thinker", kind, "Grow as a leader");
    }

    private CaseId toMatching(String thinker, KindWanted kind, String goals) {
        CaseId id = toTriage(thinker, kind, goals);
        triage.decide(task("pooladmin", id, RelationshipProcess.TASK_TRIAGE).id(), users.get("pooladmin"),
                kind == KindWanted.MENTORING ? TriageDecision.MENTORING : TriageDecision.COACHING, null, null);
        task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH);
        return id;
    }

    /** A case offered to the given coach or mentor alone: their answer to the offer waits. */
    public CaseId toOffer(String coach, KindWanted kind) {
        return toOffer("thinker", coach, kind, "Grow as a leader");
    }

    private CaseId toOffer(String thinker, String coach, KindWanted kind, String goals) {
        CaseId id = toMatching(thinker, kind, goals);
        worklist.complete(task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH).id(),
                RelationshipProcess.TASK_CHOOSE_MATCH, users.get("pooladmin"),
                Map.of("matchMode", "OFFER_ONE", "offeredCoach", coach));
        task(coach, id, RelationshipProcess.TASK_OFFER);
        return id;
    }

    /** A coaching case offered to the given coach, who accepted: both chemistry answers wait. */
    public CaseId toChemistry(String coach) {
        return toChemistry("thinker", coach, "Grow as a leader");
    }

    private CaseId toChemistry(String thinker, String coach, String goals) {
        CaseId id = toOffer(thinker, coach, KindWanted.COACHING, goals);
        answer(coach, id, RelationshipProcess.TASK_OFFER, Map.of("offerResponse", "ACCEPTED"));
        return id;
    }

    /** A coaching case in its sessions with the given coach: the first session log waits. */
    public CaseId toSessions(String coach) {
        return toSessions("thinker", coach, "Grow as a leader");
    }

    /** As {@link #toSessions(String)}, for another thinker (in the demo thinker's organisation) and goals. */
    public CaseId toSessions(String thinker, String coach, String goals) {
        CaseId id = toChemistry(thinker, coach, goals);
        answer(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY, Map.of("chemistry", "GO"));
        answer(thinker, id, RelationshipProcess.TASK_THINKER_CHEMISTRY, Map.of("chemistry", "GO"));
        answer(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT, Map.of("outcomes", "Lead the team",
                "reviewMethod", "Outcomes only", "cadence", "Monthly", "plannedSessions", "2",
                "sponsorInvolvement", "LIGHT_TOUCH", "reviewDate", LocalDate.now().plusMonths(3).toString()));
        answer(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS, Map.of("thinkerContract", "AGREE"));
        task(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        return id;
    }

    public void answer(String username, CaseId id, String elementId, Map<String, String> values) {
        forms.submit(task(username, id, elementId).id(), users.get(username), values);
    }

    public WorkItem task(String username, CaseId id, String elementId) {
        CurrentUser user = users.get(username);
        Optional<WorkItem> item = await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(user).stream()
                .filter(i -> id.equals(i.caseId()) && i.elementId().equals(elementId)).findFirst(),
                Optional::isPresent);
        return item.orElseThrow();
    }
}
