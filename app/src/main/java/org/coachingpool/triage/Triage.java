package org.coachingpool.triage;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import java.time.Clock;
import java.util.Map;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.coachingpool.triage.repository.TriageRepository;
import org.coachingpool.triage.repository.TriageRepository.StoredDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage: the decision table proposes coaching, mentoring, signposting or a conversation; a
 * pool admin confirms or overrides. An override needs a reason; signposting needs guidance
 * for the thinker (counselling, the employee assistance programme, another route).
 */
@Service
public class Triage {

    /** The engine variable the triage decision table's proposal is kept in. */
    public static final String PROPOSAL_VARIABLE = "triageProposal";
    /** What the table may propose: a decision the pool team can take, or a conversation first. */
    public static final Set<String> PROPOSALS = Set.of(TriageDecision.COACHING.name(),
            TriageDecision.MENTORING.name(), TriageDecision.SIGNPOST.name(), "CONVERSATION");


    public static final int TEXT_MAX = 4000;

    private final Worklist worklist;
    private final TriageRepository decisions;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final Cases cases;

    Triage(Worklist worklist, TriageRepository decisions, Clock clock, ApplicationEventPublisher events,
            Cases cases) {
        this.cases = cases;
        this.events = events;
        this.worklist = worklist;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The triage decision on a case as the viewer may read it ({@link org.coachingpool.cases.ConfidentialText}):
     * the pool team reads the decision, the table's proposal and their reason; the thinker reads
     * the guidance written for them when they were signposted elsewhere; nobody else reads any of it.
     */
    public Optional<TriageOutcome> outcome(CaseId caseId, CurrentUser viewer) {
        boolean poolTeam = viewer.has(Role.POOL_ADMIN);
        boolean thinker = cases.find(caseId).map(c -> c.thinker().equals(viewer.id())).orElse(false);
        if (!poolTeam && !thinker) {
            return Optional.empty();
        }
        var found = decisions.latest(caseId).map(d -> new TriageOutcome(d.decision(), d.proposal(), d.reason(),
                d.guidance(), d.decidedAt()));
        if (poolTeam) {
            return found;
        }
        return found.filter(o -> o.guidance() != null)
                .map(o -> new TriageOutcome(o.decision(), null, null, o.guidance(), o.decidedAt()));
    }

    /** The case behind a triage task. */
    public CaseId caseOf(WorkItemId itemId, CurrentUser admin) {
        return triageTask(itemId, admin).caseId();
    }

    /** The decision table's proposal for the request behind this triage task. */
    public String proposal(WorkItemId itemId, CurrentUser admin) {
        return proposalOf(triageTask(itemId, admin));
    }

    /**
     * @throws InvalidInputException naming the field when a reason or guidance is missing
     * @throws WorkItemUnavailableException when the task was already decided or is not the admin's
     */
    @Transactional
    public void decide(WorkItemId itemId, CurrentUser admin, TriageDecision decision, String reason, String guidance) {
        WorkItem item = triageTask(itemId, admin);
        String proposal = proposalOf(item);
        new Problems()
                .when(decision == null, "decision", "Choose coaching, mentoring or signposting.")
                .when(decision != null && !decision.name().equals(proposal) && isBlank(reason), "reason",
                        "The proposal was " + proposal.toLowerCase() + ": say why you decided differently.")
                .check(() -> StorableText.require("reason", "the reason", reason))
                .when(length(reason) > TEXT_MAX, "reason", "The reason must be " + TEXT_MAX + " characters or fewer.")
                .when(decision == TriageDecision.SIGNPOST && isBlank(guidance), "guidance",
                        "Write the guidance the thinker will receive.")
                .check(() -> StorableText.require("guidance", "the guidance", guidance))
                .when(length(guidance) > TEXT_MAX, "guidance",
                        "The guidance must be " + TEXT_MAX + " characters or fewer.")
                .throwIfAny();
        worklist.complete(itemId, RelationshipProcess.TASK_TRIAGE, admin,
                Map.of(RelationshipProcess.VAR_TRIAGE_DECISION, decision.name()));
        decisions.insert(new StoredDecision(item.caseId(), itemId, proposal, decision, strip(reason),
                decision == TriageDecision.SIGNPOST ? strip(guidance) : null, admin.id(), clock.instant()));
        events.publishEvent(new TriageDecided(item.caseId(), proposal, decision,
                clock.instant()));
    }

    private WorkItem triageTask(WorkItemId itemId, CurrentUser admin) {
        WorkItem item = worklist.get(itemId, admin);
        if (!RelationshipProcess.TASK_TRIAGE.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not a triage.");
        }
        return item;
    }

    private static String proposalOf(WorkItem item) {
        Object proposal = item.context().get(PROPOSAL_VARIABLE);
        return proposal == null ? "CONVERSATION" : proposal.toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String strip(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
