package org.coachingpool.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.UserDirectory;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItemId;
import org.springframework.stereotype.Service;

/**
 * What the pool's people do at each step of a relationship, through the services their screens
 * use: one method a step, for the simulator and the fault suite's driver, which differ only in
 * when and how often each is taken. What people write is given by the caller ("Simulated: ...").
 */
@Service
public class PoolActions {

    private final Requests requests;
    private final Endorsements endorsements;
    private final Triage triage;
    private final Matching matching;
    private final TaskForms forms;
    private final Sessions sessions;
    private final UserDirectory directory;
    private final Map<String, CurrentUser> users = new ConcurrentHashMap<>();

    PoolActions(Requests requests, Endorsements endorsements, Triage triage, Matching matching, TaskForms forms,
            Sessions sessions, UserDirectory directory) {
        this.requests = requests;
        this.endorsements = endorsements;
        this.triage = triage;
        this.matching = matching;
        this.forms = forms;
        this.sessions = sessions;
        this.directory = directory;
    }

    /** The person signed in by that username, looked up once. */
    public CurrentUser user(String username) {
        return users.computeIfAbsent(username, name -> directory.userFor(name)
                .orElseThrow(() -> new IllegalStateException("no account " + name)));
    }

    /** The thinker asks; the same token asks once however often it is sent. */
    public CaseId request(CurrentUser thinker, CurrentUser sponsor, KindWanted kind, Set<DevelopmentArea> areas,
            String goal, UUID token) {
        return requests.submit(thinker, new NewRequest(kind, areas, goal, sponsor.id()), token);
    }

    public void endorse(WorkItemId task, CurrentUser sponsor) {
        endorsements.decide(task, sponsor, new EndorsementDecision(true, true, null, null));
    }

    public void declineToEndorse(WorkItemId task, CurrentUser sponsor, String reason) {
        endorsements.decide(task, sponsor, new EndorsementDecision(false, false, null, reason));
    }

    /**
     * The pool team decides; a reason is given only where the decision is not the table's proposal,
     * as the screen asks.
     */
    public void triage(WorkItemId task, CurrentUser admin, TriageDecision decision, String reasonToOverride,
            String guidance) {
        String proposal = triage.proposal(task, admin);
        triage.decide(task, admin, decision, decision.name().equals(proposal) ? null : reasonToOverride,
                decision == TriageDecision.SIGNPOST ? guidance : null);
    }

    /**
     * Offers the case to one of those ranked, starting at the given place and moving on past anyone
     * who filled up since the list was drawn, as the pool team would.
     *
     * @return the username offered, or empty when nobody ranked can take it
     */
    public Optional<String> offerToOneRanked(WorkItemId task, CurrentUser admin, int startAt) {
        List<Candidate> ranked = matching.candidatesFor(task, admin);
        for (int i = 0; i < ranked.size(); i++) {
            String candidate = ranked.get((startAt + i) % ranked.size()).username();
            try {
                matching.choose(task, admin, Matching.Mode.OFFER_ONE, List.of(candidate));
                return Optional.of(candidate);
            } catch (InvalidInputException filledUp) {
                // that coach has filled up since the list was drawn: the next one
            }
        }
        return Optional.empty();
    }

    public void acceptOffer(WorkItemId task, CurrentUser coach) {
        forms.submit(task, coach, Map.of("offerResponse", "ACCEPTED"));
    }

    public void declineOffer(WorkItemId task, CurrentUser coach, String reason) {
        forms.submit(task, coach, Map.of("offerResponse", "DECLINED", "declineReason", reason));
    }

    /** After the first conversation: go, or no-go with a reason. */
    public void chemistry(WorkItemId task, CurrentUser who, boolean go, String reasonIfNot) {
        forms.submit(task, who, go ? Map.of("chemistry", "GO") : Map.of("chemistry", "NO_GO", "reason", reasonIfNot));
    }

    public void rematchAfterAttempts(WorkItemId task, CurrentUser admin) {
        forms.submit(task, admin, Map.of("adminDecision", "REMATCH"));
    }

    public void recordContract(WorkItemId task, CurrentUser coach, String outcomes, String cadence,
            int plannedSessions, LocalDate reviewDate) {
        forms.submit(task, coach, Map.of("outcomes", outcomes, "reviewMethod", "Outcomes only", "cadence", cadence,
                "plannedSessions", Integer.toString(plannedSessions), "sponsorInvolvement", "LIGHT_TOUCH",
                "reviewDate", reviewDate.toString()));
    }

    public void thinkerAgreesContract(WorkItemId task, CurrentUser thinker) {
        forms.submit(task, thinker, Map.of(RelationshipProcess.VAR_THINKER_CONTRACT, RelationshipProcess.CONTRACT_AGREE));
    }

    public void sponsorAgreesContract(WorkItemId task, CurrentUser sponsor) {
        forms.submit(task, sponsor, Map.of(RelationshipProcess.VAR_SPONSOR_CONTRACT, RelationshipProcess.CONTRACT_AGREE));
    }

    public void logSession(WorkItemId task, CurrentUser coach, LocalDate heldOn, int minutes,
            SessionEntry.Modality modality) {
        sessions.log(task, coach, new SessionEntry(heldOn, minutes, modality, null, null));
    }

    public void endEarly(CaseId caseId, CurrentUser thinker, String reason) {
        sessions.endEarly(caseId, thinker, reason);
    }

    public void closeAfterEarlyEnd(WorkItemId task, CurrentUser admin, String reason) {
        forms.submit(task, admin, Map.of("earlyEndDecision", "CLOSE", "reason", reason));
    }

    public void moveOnToReview(WorkItemId task, CurrentUser coach) {
        forms.submit(task, coach, Map.of("nextStep", "REVIEW"));
    }

    public void holdReview(WorkItemId task, CurrentUser coach, String summary) {
        forms.submit(task, coach, Map.of("summary", summary));
    }

    public void recordObservations(WorkItemId task, CurrentUser sponsor, String observations) {
        forms.submit(task, sponsor, Map.of("observations", observations));
    }

    /** The thinker's three ratings, 1 to 5. */
    public void evaluate(WorkItemId task, CurrentUser thinker, int confidence, int performance, int leadership) {
        forms.submit(task, thinker, Map.of("confidence", Integer.toString(confidence),
                "performance", Integer.toString(performance), "leadership", Integer.toString(leadership)));
    }

    public void reflect(WorkItemId task, CurrentUser coach, String reflection) {
        forms.submit(task, coach, Map.of("reflection", reflection));
    }
}
