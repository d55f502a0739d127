package org.coachingpool.embedded;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.definitions.RunningInstances;

/**
 * Running process instances and their active elements, followed from the embedded engine's log
 * (it has no search API): activations add, completions and terminations remove, migrations move.
 * Each call reads what was appended since the last one; only running instances are kept.
 */
final class EmbeddedRunningInstances implements RunningInstances {

    private static final class Running {
        long definitionKey;
        String bpmnProcessId;
        int version;
        final long parent;
        final Map<Long, ActiveElement> active = new LinkedHashMap<>();

        Running(long definitionKey, String bpmnProcessId, int version, long parent) {
            this.definitionKey = definitionKey;
            this.bpmnProcessId = bpmnProcessId;
            this.version = version;
            this.parent = parent;
        }
    }

    private final LogFollower log;
    private final ProcessInstanceRecord record = new ProcessInstanceRecord();
    private final Map<Long, Running> running = new HashMap<>();
    /** User tasks waiting now; kept as long as they wait. */
    private final Set<Long> waitingTasks = new HashSet<>();
    /** How the latest user tasks ended, the oldest forgotten first: enough for a completion's retries. */
    private final Map<Long, StepState> endedTasks = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StepState> eldest) {
            return size() > ENDED_TASKS_KEPT;
        }
    };
    static final int ENDED_TASKS_KEPT = 50_000;

    EmbeddedRunningInstances(LogStreamReader reader) {
        this.log = new LogFollower(reader);
    }

    @Override
    public synchronized List<Instance> of(long definitionKey) {
        catchUp();
        List<Instance> found = new ArrayList<>();
        running.forEach((key, instance) -> {
            if (instance.definitionKey == definitionKey) {
                found.add(snapshot(key, instance));
            }
        });
        return found;
    }

    @Override
    public synchronized Optional<Instance> find(long processInstanceKey) {
        catchUp();
        return Optional.ofNullable(running.get(processInstanceKey)).map(i -> snapshot(processInstanceKey, i));
    }

    @Override
    public synchronized Map<Long, Integer> countByDefinition() {
        catchUp();
        Map<Long, Integer> counts = new HashMap<>();
        running.values().forEach(instance -> counts.merge(instance.definitionKey, 1, Integer::sum));
        return counts;
    }

    @Override
    public synchronized List<Instance> childrenOf(long processInstanceKey) {
        catchUp();
        List<Instance> found = new ArrayList<>();
        running.forEach((key, instance) -> {
            if (instance.parent == processInstanceKey) {
                found.add(snapshot(key, instance));
            }
        });
        return found;
    }

    @Override
    public synchronized StepState userTaskState(long elementInstanceKey) {
        catchUp();
        if (waitingTasks.contains(elementInstanceKey)) {
            return StepState.WAITING;
        }
        return endedTasks.getOrDefault(elementInstanceKey, StepState.UNKNOWN);
    }

    private static Instance snapshot(long key, Running instance) {
        return new Instance(key, instance.definitionKey, instance.bpmnProcessId, instance.version, instance.parent,
                List.copyOf(instance.active.values()));
    }

    private void catchUp() {
        log.readNew((event, metadata) -> {
            if (metadata.getValueType() == ValueType.PROCESS_INSTANCE) {
                record.reset();
                event.readValue(record);
                follow(event.getKey(), metadata.getIntent());
            }
        });
    }

    private void followUserTask(long elementInstanceKey, Intent intent) {
        if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
            waitingTasks.add(elementInstanceKey);
        } else if (intent == ProcessInstanceIntent.ELEMENT_COMPLETED || intent == ProcessInstanceIntent.ELEMENT_TERMINATED) {
            waitingTasks.remove(elementInstanceKey);
            endedTasks.put(elementInstanceKey, intent == ProcessInstanceIntent.ELEMENT_COMPLETED ? StepState.COMPLETED
                    : StepState.TERMINATED);
        }
    }

    private void follow(long elementInstanceKey, Intent intent) {
        BpmnElementType type = record.getBpmnElementType();
        long instanceKey = record.getProcessInstanceKey();
        if (type == BpmnElementType.SEQUENCE_FLOW) {
            return;
        }
        if (type == BpmnElementType.USER_TASK) {
            followUserTask(elementInstanceKey, intent);
        }
        if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
            if (type == BpmnElementType.PROCESS) {
                running.put(instanceKey, new Running(record.getProcessDefinitionKey(), record.getBpmnProcessId(),
                        record.getVersion(), record.getParentProcessInstanceKey()));
            } else {
                Running instance = running.get(instanceKey);
                if (instance != null) {
                    instance.active.put(elementInstanceKey, new ActiveElement(elementInstanceKey, record.getElementId(),
                            type.name()));
                }
            }
        } else if (intent == ProcessInstanceIntent.ELEMENT_COMPLETED || intent == ProcessInstanceIntent.ELEMENT_TERMINATED) {
            if (type == BpmnElementType.PROCESS) {
                running.remove(instanceKey);
            } else {
                Running instance = running.get(instanceKey);
                if (instance != null) {
                    instance.active.remove(elementInstanceKey);
                }
            }
        } else if (intent == ProcessInstanceIntent.ELEMENT_MIGRATED) {
            Running instance = running.get(instanceKey);
            if (instance == null) {
                return;
            }
            if (type == BpmnElementType.PROCESS) {
                instance.definitionKey = record.getProcessDefinitionKey();
                instance.bpmnProcessId = record.getBpmnProcessId();
                instance.version = record.getVersion();
            } else if (instance.active.containsKey(elementInstanceKey)) {
                instance.active.put(elementInstanceKey, new ActiveElement(elementInstanceKey, record.getElementId(),
                        type.name()));
            }
        }
    }
}
