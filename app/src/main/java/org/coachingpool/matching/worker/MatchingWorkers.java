package org.coachingpool.matching.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.matching.WaitingList;
import org.springframework.stereotype.Component;

/** Adapters between the matching and chemistry steps of the process and {@link Matching}. */
@Component
public class MatchingWorkers {

    private final Matching matching;
    private final WaitingList waitingList;

    public MatchingWorkers(Matching matching, WaitingList waitingList) {
        this.matching = matching;
        this.waitingList = waitingList;
    }

    @JobWorker(type = RelationshipProcess.JOB_JOIN_WAITING_LIST, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_SUPPORT_KIND})
    public void joinWaitingList(@Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId,
            @Variable(name = RelationshipProcess.VAR_SUPPORT_KIND) String supportKind) {
        waitingList.join(new CaseId(UUID.fromString(caseId)), supportKind);
    }

    @JobWorker(type = RelationshipProcess.JOB_FIND_CANDIDATES, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_SUPPORT_KIND})
    public Map<String, Object> findCandidates(@Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId,
            @Variable(name = RelationshipProcess.VAR_SUPPORT_KIND) String supportKind) {
        List<Candidate> ranked = matching.rank(CaseId.parse(caseId), supportKind);
        Map<String, Object> result = new HashMap<>();
        result.put(RelationshipProcess.VAR_CANDIDATE_COUNT, ranked.size());
        result.put(RelationshipProcess.VAR_MENTOR_CANDIDATES,
                "MENTORING".equals(supportKind) ? ranked.stream().map(Candidate::username).toList() : List.of());
        // A new round: nobody has volunteered or answered an offer in it yet (a lapsed offer must
        // not read as the previous round's decline).
        result.put(RelationshipProcess.VAR_VOLUNTEER, null);
        result.put("offerResponse", null);
        return result;
    }

    @JobWorker(type = RelationshipProcess.JOB_RECORD_DECLINE, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_OFFERED_COACH, "offerResponse"})
    public void recordDecline(ActivatedJob job, @Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId,
            @Variable(name = RelationshipProcess.VAR_OFFERED_COACH) String offeredCoach) {
        boolean answered = "DECLINED".equals(job.getVariablesAsMap().get("offerResponse"));
        matching.exclude(CaseId.parse(caseId), offeredCoach,
                answered ? Matching.Exclusion.DECLINED : Matching.Exclusion.NO_RESPONSE, job.getKey());
    }

    @JobWorker(type = RelationshipProcess.JOB_RECORD_NO_GO, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_COACH})
    public Map<String, Object> recordNoGo(ActivatedJob job,
            @Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId,
            @Variable(name = RelationshipProcess.VAR_COACH) String coach) {
        int attempts = matching.exclude(CaseId.parse(caseId), coach, Matching.Exclusion.CHEMISTRY_NO_GO,
                job.getKey());
        return Map.of(RelationshipProcess.VAR_CHEMISTRY_ATTEMPTS, attempts);
    }
}
