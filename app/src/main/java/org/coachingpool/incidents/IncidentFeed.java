package org.coachingpool.incidents;

import java.util.List;

/**
 * Where the app learns which incidents are open. The embedded engine answers from its own log;
 * a Camunda 8 cluster from its search API (ADR 0006). One implementation is active per mode.
 */
public interface IncidentFeed {

    /**
     * Every incident open now.
     *
     * @throws IncidentFeedUnavailableException when the engine cannot say (the app keeps what it
     *     knew)
     */
    List<EngineIncident> open();
}
