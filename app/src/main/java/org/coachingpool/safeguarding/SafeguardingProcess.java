package org.coachingpool.safeguarding;

/** Element ids and variables of {@code safeguarding.bpmn}. */
public final class SafeguardingProcess {

    public static final String MESSAGE_RAISED = "safeguarding-concern-raised";
    public static final String TASK_RESPOND = "respond-to-concern";
    public static final String VAR_CONCERN = "concernId";
    public static final String VAR_LEAD = "safeguardingLead";

    private SafeguardingProcess() {
    }
}
