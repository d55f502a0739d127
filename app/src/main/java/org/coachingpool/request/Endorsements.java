package org.coachingpool.request;

import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.platform.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.coachingpool.request.repository.RequestRepository;
import org.coachingpool.request.repository.RequestRepository.StoredEndorsement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sponsor's endorsement of a request: stored with the case, the decision sent to the process. */
@Service
public class Endorsements {

    public static final int TEXT_MAX = 2000;

    private final Worklist worklist;
    private final Cases cases;
    private final RequestRepository requests;
    private final Clock clock;

    Endorsements(Worklist worklist, Cases cases, RequestRepository requests, Clock clock) {
        this.worklist = worklist;
        this.cases = cases;
        this.requests = requests;
        this.clock = clock;
    }

    /** The case behind an endorsement task, if the task is this sponsor's. */
    public CaseSummary caseFor(WorkItemId itemId, CurrentUser sponsor) {
        WorkItem item = worklist.get(itemId, sponsor);
        requireEndorseTask(item);
        return cases.find(item.caseId(), sponsor)
                .orElseThrow(() -> new WorkItemUnavailableException("This task does not exist or is not yours."));
    }

    /**
     * @throws InvalidInputException naming the field when the answer is incomplete
     * @throws WorkItemUnavailableException when the task was already answered or is not the sponsor's
     */
    @Transactional
    public void decide(WorkItemId itemId, CurrentUser sponsor, EndorsementDecision decision) {
        new Problems()
                .check(() -> requireLength("context", decision.context()))
                .when(!decision.endorsed() && (decision.declineReason() == null || decision.declineReason().isBlank()),
                        "declineReason", "Say why you cannot support this request.")
                .check(() -> requireLength("declineReason", decision.declineReason()))
                .throwIfAny();
        CaseSummary summary = caseFor(itemId, sponsor);
        String outcome = decision.endorsed() ? "ENDORSED" : "DECLINED";
        worklist.complete(itemId, RelationshipProcess.TASK_ENDORSE, sponsor,
                Map.of(RelationshipProcess.VAR_ENDORSEMENT, outcome));
        requests.insertEndorsement(new StoredEndorsement(summary.id(), decision.endorsed(),
                decision.endorsed() && decision.protectedTime(), blankToNull(decision.context()),
                decision.endorsed() ? null : blankToNull(decision.declineReason()), sponsor.id(), clock.instant()));
    }

    private static void requireEndorseTask(WorkItem item) {
        if (!RelationshipProcess.TASK_ENDORSE.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not an endorsement.");
        }
    }

    private static void requireLength(String field, String text) {
        StorableText.require(field, "this answer", text);
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidInputException(field, "This must be " + TEXT_MAX + " characters or fewer.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
