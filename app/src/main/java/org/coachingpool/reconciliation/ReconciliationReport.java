package org.coachingpool.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * The latest comparison of the database with the engine.
 *
 * @param engineReached false when the engine could not be asked: nothing was compared
 */
public record ReconciliationReport(Instant ranAt, int tasksChecked, int casesChecked, boolean engineReached,
        List<Drift> drifts) {

    public boolean agrees() {
        return engineReached && drifts.isEmpty();
    }
}
