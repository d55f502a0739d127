package org.coachingpool.cases.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.ProcessPosition;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.cases.Stage;
import org.springframework.stereotype.Component;

/** Keeps the case row's stage in step with the process: the stage comes from a task header. */
@Component
public class SetStageWorker {

    private final Cases cases;

    public SetStageWorker(Cases cases) {
        this.cases = cases;
    }

    /** Also records the case's coach once matching has named one (the main process's coach variable). */
    @JobWorker(type = RelationshipProcess.JOB_SET_STAGE, fetchVariables = {RelationshipProcess.VAR_CASE_ID,
            RelationshipProcess.VAR_COACH})
    public void setStage(ActivatedJob job, @Variable(name = RelationshipProcess.VAR_CASE_ID) String caseId) {
        String stage = job.getCustomHeaders().get(RelationshipProcess.HEADER_STAGE);
        if (stage == null) {
            throw new IllegalStateException("task " + job.getElementId() + " has no '" + RelationshipProcess.HEADER_STAGE
                    + "' header; add one in the modeller");
        }
        Stage next = Stage.valueOf(stage);
        CaseId id = new CaseId(UUID.fromString(caseId));
        cases.moveTo(id, next, new ProcessPosition(job.getBpmnProcessId(), job.getProcessDefinitionKey(),
                job.getProcessInstanceKey(), job.getElementId()));
        Object coach = job.getVariablesAsMap().get(RelationshipProcess.VAR_COACH);
        if (coach != null && next == Stage.CHEMISTRY) {
            cases.assignCoach(id, coach.toString());
        }
    }
}
