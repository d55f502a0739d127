package org.coachingpool.definitions;

import java.util.List;
import java.util.Map;
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
    Map<Long, Integer> countByDefinition();

    /** Running instances called by the given one. */
    List<Instance> childrenOf(long processInstanceKey);

    /** Where a user task's step is, as far as the engine has said so far. */
    enum StepState { WAITING, COMPLETED, TERMINATED, UNKNOWN }

    /**
     * Whether a user task's step still waits, was completed, or was cancelled by the process. A
     * job the engine no longer has tells none of this: it is both what a completion whose answer
     * was lost leaves and what a cancelled task leaves. UNKNOWN when the engine has not said yet
     * (a cluster's search lags its log) or has forgotten.
     */
    StepState userTaskState(long elementInstanceKey);
}
