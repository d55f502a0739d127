package org.coachingpool.cases;

/** Ids the app shares with relationship.bpmn: change them together. */
public final class RelationshipProcess {

    public static final String PROCESS_ID = "relationship";
    public static final String RESOURCE = "relationship.bpmn";
    /** Starts a case; correlation key and message id are the case id, so a retry starts nothing twice. */
    public static final String MESSAGE_REQUESTED = "relationship-requested";

    public static final String TASK_ENDORSE = "endorse-request";
    public static final String TASK_TRIAGE = "triage-request";

    public static final String JOB_SET_STAGE = "case.set-stage";
    public static final String HEADER_STAGE = "stage";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_THINKER = "thinker";
    public static final String VAR_SPONSOR = "sponsor";
    public static final String VAR_KIND_WANTED = "kindWanted";
    public static final String VAR_ENDORSEMENT = "endorsement";

    private RelationshipProcess() {
    }
}
