package org.coachingpool.definitions;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final Map<Long, String> formSchemas = new ConcurrentHashMap<>();

    ProcessDefinitions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a process version the engine reported; true when it was not known before. */
    boolean rememberProcess(long definitionKey, String bpmnProcessId, int version, String resourceName, String xml,
            Origin origin, UserId by, String comment) {
        return jdbc.sql("""
                        insert into process_definition (definition_key, bpmn_process_id, version, resource_name,
                            bpmn_xml, deployed_at, origin, deployed_by, comment)
                        values (:key, :processId, :version, :resource, :xml, :now, :origin, :by, :comment)
                        on conflict (definition_key) do nothing
                        """)
                .param("key", definitionKey)
                .param("processId", bpmnProcessId)
                .param("version", version)
                .param("resource", resourceName)
                .param("xml", xml)
                .param("now", Timestamp.from(clock.instant()))
                .param("origin", origin.name())
                .param("by", by == null ? null : by.value())
                .param("comment", comment)
                .update() == 1;
    }

    /** Records a decision requirements version the engine reported; true when it was not known before. */
    boolean rememberDecision(long key, String id, int version, String name, String resourceName, String xml,
            List<String> decisionIds, Origin origin, UserId by, String comment) {
        return jdbc.sql("""
                        insert into decision_definition (decision_requirements_key, decision_requirements_id, version,
                            name, resource_name, dmn_xml, decision_ids, deployed_at, origin, deployed_by, comment)
                        values (:key, :id, :version, :name, :resource, :xml, :decisions, :now, :origin, :by, :comment)
                        on conflict (decision_requirements_key) do nothing
                        """)
                .param("key", key).param("id", id).param("version", version)
                .param("name", name == null || name.isBlank() ? id : name)
                .param("resource", resourceName).param("xml", xml)
                .param("decisions", decisionIds.toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .param("origin", origin.name())
                .param("by", by == null ? null : by.value())
                .param("comment", comment)
                .update() == 1;
    }

    /** Records a form version the engine reported; true when it was not known before. */
    boolean rememberForm(long formKey, String formId, int version, String resourceName, String schema, Origin origin,
            UserId by, String comment) {
        return jdbc.sql("""
                        insert into form_definition (form_key, form_id, version, resource_name, schema_json, deployed_at,
                            origin, deployed_by, comment)
                        values (:key, :id, :version, :resource, :schema, :now, :origin, :by, :comment)
                        on conflict (form_key) do nothing
                        """)
                .param("key", formKey).param("id", formId).param("version", version).param("resource", resourceName)
                .param("schema", schema).param("now", Timestamp.from(clock.instant()))
                .param("origin", origin.name()).param("by", by == null ? null : by.value()).param("comment", comment)
                .update() == 1;
    }

    /** The schema of a deployed form by its engine key, as a job-worker user task's form key gives it. */
    public Optional<String> formSchema(long formKey) {
        // A form key names one version for good: asked once per key.
        return Optional.ofNullable(formSchemas.computeIfAbsent(formKey, key -> jdbc
                .sql("select schema_json from form_definition where form_key = :key").param("key", key)
                .query(String.class).optional().orElse(null)));
    }

    public Set<String> deployedFormIds() {
        return new TreeSet<>(jdbc.sql("select distinct form_id from form_definition").query(String.class).list());
    }

    /** The checksum of each file of processes/ as last deployed. */
    Map<String, String> fileChecksums() {
        return jdbc.sql("select resource_name, sha256 from deployed_file")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void rememberFile(String resourceName, String sha256) {
        jdbc.sql("""
                        insert into deployed_file (resource_name, sha256, deployed_at) values (:name, :sha, :now)
                        on conflict (resource_name) do update set sha256 = excluded.sha256, deployed_at = excluded.deployed_at
                        """)
                .param("name", resourceName).param("sha", sha256)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private static final String VERSIONS = """
            select 'PROCESS' as kind, bpmn_process_id as resource_id, version, definition_key as engine_key,
                   bpmn_process_id as name, resource_name, deployed_at, origin, deployed_by, comment
            from process_definition where retired_at is null
            union all
            select 'DECISION', decision_requirements_id, version, decision_requirements_key, name, resource_name,
                   deployed_at, origin, deployed_by, comment
            from decision_definition
            union all
            select 'FORM', form_id, version, form_key, form_id, resource_name, deployed_at, origin, deployed_by, comment
            from form_definition
            """;

    /** Takes a process out of the library: its versions stay for the history of cases that ran on them. */
    @Transactional
    public void retire(String bpmnProcessId, Instant at) {
        jdbc.sql("update process_definition set retired_at = :at where bpmn_process_id = :id and retired_at is null")
                .param("at", Timestamp.from(at)).param("id", bpmnProcessId).update();
    }

    /** A business rule task's call of a decision: which decision, and the variable its result goes in. */
    public record DecisionCall(String decisionId, String resultVariable) {
    }

    private static final Pattern CALLED_DECISION = Pattern.compile(
            "<(?:[\\w-]+:)?calledDecision\\b([^>]*)>");

    /**
     * The decision calls in a process's XML, read as text: the modeller checks them in drafts that
     * may not parse as a model yet, and the case page in live versions.
     */
    public static List<DecisionCall> decisionCalls(String xml) {
        var calls = new ArrayList<DecisionCall>();
        var call = CALLED_DECISION.matcher(xml == null ? "" : xml);
        while (call.find()) {
            String decisionId = attribute(call.group(1), "decisionId");
            if (decisionId != null) {
                calls.add(new DecisionCall(decisionId, attribute(call.group(1), "resultVariable")));
            }
        }
        return calls;
    }

    /** An XML attribute's value among an element's attributes, or null. */
    public static String attribute(String attributes, String name) {
        var value = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    /** Every version of every process and decision table, newest first within each. */
    public List<DefinitionVersion> allVersions() {
        return jdbc.sql("select * from (" + VERSIONS + ") v order by case kind when 'PROCESS' then 0 when 'DECISION' then 1 else 2 end, resource_id, version desc")
                .query(ProcessDefinitions::version).list();
    }

    public List<DefinitionVersion> versions(ResourceKind kind, String resourceId) {
        return jdbc.sql("select * from (" + VERSIONS + ") v where kind = :kind and resource_id = :id order by version desc")
                .param("kind", kind.name()).param("id", resourceId)
                .query(ProcessDefinitions::version).list();
    }

    public Optional<DefinitionVersion> version(ResourceKind kind, String resourceId, int version) {
        return jdbc.sql("select * from (" + VERSIONS + ") v where kind = :kind and resource_id = :id and version = :v")
                .param("kind", kind.name()).param("id", resourceId).param("v", version)
                .query(ProcessDefinitions::version).optional();
    }

    /** The XML of one version of a process or decision table. */
    public Optional<String> content(ResourceKind kind, String resourceId, int version) {
        String sql = switch (kind) {
            case PROCESS -> "select bpmn_xml from process_definition where bpmn_process_id = :id and version = :v";
            case DECISION -> "select dmn_xml from decision_definition where decision_requirements_id = :id and version = :v";
            case FORM -> "select schema_json from form_definition where form_id = :id and version = :v";
        };
        return jdbc.sql(sql).param("id", resourceId).param("v", version).query(String.class).optional();
    }

    /** Ids of the decisions in the newest version of every decision requirements graph. */
    public Set<String> deployedDecisionIds() {
        return new TreeSet<>(jdbc.sql("""
                        select distinct unnest(decision_ids) from decision_definition
                        """).query(String.class).list());
    }

    public Set<String> deployedProcessIds() {
        return new TreeSet<>(jdbc.sql("select distinct bpmn_process_id from process_definition")
                .query(String.class).list());
    }

    private static DefinitionVersion version(ResultSet rs, int row) throws SQLException {
        Object by = rs.getObject("deployed_by");
        return new DefinitionVersion(ResourceKind.valueOf(rs.getString("kind")), rs.getString("resource_id"),
                rs.getInt("version"), rs.getLong("engine_key"), rs.getString("name"), rs.getString("resource_name"),
                rs.getTimestamp("deployed_at").toInstant(), Origin.valueOf(rs.getString("origin")),
                by == null ? null : new UserId((UUID) by), rs.getString("comment"));
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

    /** The name the process has in its model, if it has one. */
    public Optional<String> processName(long definitionKey) {
        return outline(definitionKey).map(Outline::processName).filter(n -> !n.isBlank());
    }

    private record Outline(Map<String, String> names, Map<String, List<String>> callers, String processName) {
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
        String processName = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).map(p -> p.getName())
                .filter(n -> n != null).findFirst().orElse("");
        return new Outline(names, callers, processName.strip());
    }
}
