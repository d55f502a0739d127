package org.coachingpool.definitions;

import java.util.List;
import java.util.Optional;

/**
 * Which process instances are running and where each waits, as the engine knows it: what a
 * migration must map. The embedded engine answers from its own log; a Camunda 8 cluster from its
 * search API. One implementation is active per mode.
 */
public interface RunningInstances {

    /** A running process instance and the elements active in it now. */
    record Instance(long processInstanceKey, long definitionKey, String bpmnProcessId, int version,
            long parentProcessInstanceKey, List<ActiveElement> active) {
    }

    /** An element instance that is active: a step waiting, or a container (sub-process, call) running. */
    record ActiveElement(long elementInstanceKey, String elementId, String elementType) {
    }

    /** The running instances of one process definition. */
    List<Instance> of(long definitionKey);

    Optional<Instance> find(long processInstanceKey);

    /** How many instances run on each process definition (definition key → count). */
    java.util.Map<Long, Integer> countByDefinition();

    /** Running instances called by the given one. */
    List<Instance> childrenOf(long processInstanceKey);
}
