package org.coachingpool.modeller;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The process definitions the app deployed, kept with their XML so that work items get their
 * titles from the model and diagrams can be drawn without asking the engine.
 */
@Service
public class ProcessDefinitions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, Outline> outlines = new ConcurrentHashMap<>();
    private final Map<Long, String> processIds = new ConcurrentHashMap<>();

    ProcessDefinitions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(long definitionKey, String bpmnProcessId, int version, String resourceName, String xml) {
        jdbc.sql("""
                        insert into process_definition (definition_key, bpmn_process_id, version, resource_name,
                            bpmn_xml, deployed_at)
                        values (:key, :processId, :version, :resource, :xml, :now)
                        on conflict (definition_key) do nothing
                        """)
                .param("key", definitionKey)
                .param("processId", bpmnProcessId)
                .param("version", version)
                .param("resource", resourceName)
                .param("xml", xml)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    public Optional<String> xml(long definitionKey) {
        return jdbc.sql("select bpmn_xml from process_definition where definition_key = :key")
                .param("key", definitionKey).query(String.class).optional();
    }

    /** The process id of a definition the app deployed. */
    public Optional<String> bpmnProcessId(long definitionKey) {
        // A definition key names one process for good: asked once per key.
        return Optional.ofNullable(processIds.computeIfAbsent(definitionKey, key -> jdbc
                .sql("select bpmn_process_id from process_definition where definition_key = :key")
                .param("key", key).query(String.class).optional().orElse(null)));
    }

    /** The newest version of a process the app deployed. */
    public Optional<Long> latestKey(String bpmnProcessId) {
        return jdbc.sql("""
                        select definition_key from process_definition where bpmn_process_id = :id
                        order by version desc limit 1
                        """)
                .param("id", bpmnProcessId).query(Long.class).optional();
    }

    /** The name a person gave an element in the modeller, if the definition is known here. */
    public Optional<String> elementName(long definitionKey, String elementId) {
        return outline(definitionKey).map(o -> o.names().get(elementId));
    }

    /** The call activities of a definition that start the given process. */
    public List<String> callersOf(long definitionKey, String calledProcessId) {
        return outline(definitionKey).map(o -> o.callers().getOrDefault(calledProcessId, List.of())).orElse(List.of());
    }

    /** A deployed definition never changes, so its outline is parsed once. */
    private Optional<Outline> outline(long definitionKey) {
        return Optional.ofNullable(outlines.computeIfAbsent(definitionKey,
                key -> xml(key).map(ProcessDefinitions::outlineOf).orElse(null)));
    }

    private record Outline(Map<String, String> names, Map<String, List<String>> callers) {
    }

    private static Outline outlineOf(String xml) {
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> names = model.getModelElementsByType(FlowElement.class).stream()
                .filter(e -> e.getName() != null && !e.getName().isBlank())
                .collect(Collectors.toMap(FlowElement::getId, e -> e.getName().strip(), (a, b) -> a));
        Map<String, List<String>> callers = model.getModelElementsByType(CallActivity.class).stream()
                .filter(c -> c.getSingleExtensionElement(ZeebeCalledElement.class) != null)
                .collect(Collectors.groupingBy(c -> c.getSingleExtensionElement(ZeebeCalledElement.class).getProcessId(),
                        Collectors.mapping(CallActivity::getId, Collectors.toList())));
        return new Outline(names, callers);
    }
}
