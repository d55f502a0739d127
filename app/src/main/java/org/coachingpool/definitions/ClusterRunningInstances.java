package org.coachingpool.definitions;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Running instances of a Camunda 8 cluster, from its search API (the orchestration cluster's
 * secondary storage). Its answers lag the engine by the exporter's delay, a second or two; the
 * migration command itself is checked by the engine.
 */
@Component
@Profile("prod")
class ClusterRunningInstances implements RunningInstances {

    private static final int PAGE = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final CamundaClient client;

    ClusterRunningInstances(CamundaClient client) {
        this.client = client;
    }

    @Override
    public List<Instance> of(long definitionKey) {
        return search(f -> {
            f.processDefinitionKey(definitionKey);
            f.state(ProcessInstanceState.ACTIVE);
        });
    }

    @Override
    public Optional<Instance> find(long processInstanceKey) {
        return search(f -> {
            f.processInstanceKey(processInstanceKey);
            f.state(ProcessInstanceState.ACTIVE);
        }).stream().findFirst();
    }

    @Override
    public List<Instance> childrenOf(long processInstanceKey) {
        return search(f -> {
            f.parentProcessInstanceKey(processInstanceKey);
            f.state(ProcessInstanceState.ACTIVE);
        });
    }

    @Override
    public Map<Long, Integer> countByDefinition() {
        Map<Long, Integer> counts = new HashMap<>();
        String after = null;
        while (true) {
            String cursor = after;
            SearchResponse<ProcessInstance> page = client.newProcessInstanceSearchRequest()
                    .filter(f -> f.state(ProcessInstanceState.ACTIVE))
                    .page(p -> {
                        p.limit(PAGE);
                        if (cursor != null) {
                            p.after(cursor);
                        }
                    })
                    .requestTimeout(TIMEOUT).send().join();
            page.items().forEach(i -> counts.merge(i.getProcessDefinitionKey(), 1, Integer::sum));
            if (page.items().size() < PAGE || page.page().endCursor() == null) {
                return counts;
            }
            after = page.page().endCursor();
        }
    }

    @Override
    public StepState userTaskState(long elementInstanceKey) {
        var found = client.newElementInstanceSearchRequest().filter(f -> f.elementInstanceKey(elementInstanceKey))
                .page(p -> p.limit(1)).requestTimeout(TIMEOUT).send().join().items();
        if (found.isEmpty() || found.getFirst().getState() == null) {
            return StepState.UNKNOWN;
        }
        return switch (found.getFirst().getState()) {
            case ACTIVE -> StepState.WAITING;
            case COMPLETED -> StepState.COMPLETED;
            case TERMINATED -> StepState.TERMINATED;
            default -> StepState.UNKNOWN;
        };
    }

    private List<Instance> search(Consumer<ProcessInstanceFilter> filter) {
        List<Instance> found = new ArrayList<>();
        String after = null;
        while (true) {
            String cursor = after;
            SearchResponse<ProcessInstance> page = client.newProcessInstanceSearchRequest().filter(filter)
                    .page(p -> {
                        p.limit(PAGE);
                        if (cursor != null) {
                            p.after(cursor);
                        }
                    })
                    .requestTimeout(TIMEOUT).send().join();
            for (ProcessInstance instance : page.items()) {
                found.add(new Instance(instance.getProcessInstanceKey(), instance.getProcessDefinitionKey(),
                        instance.getProcessDefinitionId(), instance.getProcessDefinitionVersion(),
                        instance.getParentProcessInstanceKey() == null ? -1 : instance.getParentProcessInstanceKey(),
                        active(instance.getProcessInstanceKey())));
            }
            if (page.items().size() < PAGE || page.page().endCursor() == null) {
                return found;
            }
            after = page.page().endCursor();
        }
    }

    private List<ActiveElement> active(long processInstanceKey) {
        return client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey).state(ElementInstanceState.ACTIVE))
                .page(p -> p.limit(PAGE)).requestTimeout(TIMEOUT).send().join().items().stream()
                .filter(e -> e.getType() == null || !"PROCESS".equals(e.getType().name()))
                .map(e -> new ActiveElement(e.getElementInstanceKey(), e.getElementId(),
                        e.getType() == null ? "UNKNOWN" : e.getType().name()))
                .toList();
    }
}
