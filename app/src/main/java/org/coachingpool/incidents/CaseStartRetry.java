package org.coachingpool.incidents;

import java.util.Map;
import org.coachingpool.cases.CaseId;

/**
 * Starts a stored case's process again when a pool admin asks. Implemented by the feature that
 * starts cases, so that this one need not know how.
 */
public interface CaseStartRetry {

    /** Tries to start the process now; the outcome is reported back through {@link Incidents}. */
    void startAgain(CaseId caseId);

    /**
     * The facts the case's process started with (ids and states, never text), by engine variable
     * name: what a decision the process calls is worked out from.
     */
    Map<String, Object> startFacts(CaseId caseId);
}
