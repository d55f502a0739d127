package org.coachingpool.pool.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.pool.PledgeLedger;
import org.springframework.stereotype.Component;

@Component
public class LedgerWorker {

    private final PledgeLedger ledger;

    public LedgerWorker(PledgeLedger ledger) {
        this.ledger = ledger;
    }

    @JobWorker(type = RelationshipProcess.JOB_ADD_TO_LEDGER, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_COACH})
    public void addToLedger(@Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId,
            @Variable(name = RelationshipProcess.VAR_COACH) String coach) {
        if (coach != null) {
            ledger.addClosedCase(CaseId.parse(caseId), coach);
        }
    }
}
