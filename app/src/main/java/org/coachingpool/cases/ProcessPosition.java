package org.coachingpool.cases;

/**
 * The step of a process that moved a case on: which definition and element, and the instance
 * it ran in. The step may belong to a called process (matching, contracting, sessions).
 */
public record ProcessPosition(String bpmnProcessId, long definitionKey, long processInstanceKey, String elementId) {

    public boolean inRelationshipProcess() {
        return RelationshipProcess.PROCESS_ID.equals(bpmnProcessId);
    }
}
