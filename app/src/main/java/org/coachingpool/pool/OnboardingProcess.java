package org.coachingpool.pool;

/** Element ids, job types and variables of {@code onboarding.bpmn}, joining the pool. */
public final class OnboardingProcess {

    public static final String PROCESS_ID = "onboarding";
    public static final String MESSAGE_INTEREST = "pool-interest-expressed";
    public static final String TASK_REVIEW_INTEREST = "review-interest";
    public static final String TASK_RECORD_TRAINING = "record-training";
    public static final String TASK_WRITE_PROFILE = "write-profile";
    public static final String TASK_APPROVE_PROFILE = "approve-profile";
    public static final String JOB_OPEN_PROFILE = "pool.open-profile";
    public static final String JOB_ACTIVATE = "pool.activate-member";
    public static final String JOB_CLOSE = "pool.close-application";
    public static final String VAR_APPLICATION = "applicationId";
    public static final String VAR_APPLICANT = "applicant";
    public static final String VAR_KIND = "memberKind";
    public static final String VAR_INTEREST = "interestDecision";
    public static final String VAR_TRAINING = "trainingOutcome";
    public static final String VAR_PROFILE = "profileDecision";

    private OnboardingProcess() {
    }
}
