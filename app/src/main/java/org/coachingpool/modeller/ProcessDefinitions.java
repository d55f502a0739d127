package org.coachingpool.modeller;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
    private final Map<Long, Map<String, String>> elementNames = new ConcurrentHashMap<>();

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

    /** The name a person gave an element in the modeller, if the definition is known here. */
    public Optional<String> elementName(long definitionKey, String elementId) {
        Map<String, String> names = elementNames.computeIfAbsent(definitionKey,
                key -> xml(key).map(ProcessDefinitions::namesOf).orElse(null));
        return names == null ? Optional.empty() : Optional.ofNullable(names.get(elementId));
    }

    private static Map<String, String> namesOf(String xml) {
        var model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return model.getModelElementsByType(FlowElement.class).stream()
                .filter(e -> e.getName() != null && !e.getName().isBlank())
                .collect(Collectors.toMap(FlowElement::getId, e -> e.getName().strip(), (a, b) -> a));
    }
}
