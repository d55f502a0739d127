package org.coachingpool.worklist;

import java.time.Duration;
import java.util.Map;

/**
 * The one place that knows how human tasks are implemented in the engine (job-worker user
 * tasks, ADR 0002). Swapping to Camunda user tasks means a new implementation of this port.
 */
public interface HumanTaskEngine {

    /** The job type the engine gives every job-worker user task. */
    String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

    enum Outcome { COMPLETED, NOT_FOUND }

    /**
     * Completes the task in the engine.
     *
     * @return NOT_FOUND when the engine no longer has the task (completed or cancelled)
     * @throws RuntimeException on technical failures; the caller retries later
     */
    Outcome complete(long jobKey, Map<String, Object> variables);

    /**
     * Asks whether the task still waits for a person, and if so keeps holding it for another
     * {@code holdFor}. False means the engine no longer has it: the process cancelled it.
     *
     * @throws RuntimeException on technical failures; the caller asks again later
     */
    boolean stillWaiting(long jobKey, Duration holdFor);
}
