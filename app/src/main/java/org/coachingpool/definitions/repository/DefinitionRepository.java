package org.coachingpool.definitions.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.definitions.DefinitionVersion;
import org.coachingpool.definitions.Origin;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL on {@code process_definition}, {@code decision_definition}, {@code form_definition} and
 * {@code deployed_file}: what the app deployed, kept with its XML.
 */
@Repository
public class DefinitionRepository {

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

    private final JdbcClient jdbc;

    DefinitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean rememberProcess(long definitionKey, String bpmnProcessId, int version, String resourceName, String xml,
            Origin origin, UserId by, String comment, Instant now) {
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
                .param("now", Timestamp.from(now))
                .param("origin", origin.name())
                .param("by", by == null ? null : by.value())
                .param("comment", comment)
                .update() == 1;
    }

    public boolean rememberDecision(long key, String id, int version, String name, String resourceName, String xml,
            List<String> decisionIds, Origin origin, UserId by, String comment, Instant now) {
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
                .param("now", Timestamp.from(now))
                .param("origin", origin.name())
                .param("by", by == null ? null : by.value())
                .param("comment", comment)
                .update() == 1;
    }

    public boolean rememberForm(long formKey, String formId, int version, String resourceName, String schema,
            Origin origin, UserId by, String comment, Instant now) {
        return jdbc.sql("""
                        insert into form_definition (form_key, form_id, version, resource_name, schema_json, deployed_at,
                            origin, deployed_by, comment)
                        values (:key, :id, :version, :resource, :schema, :now, :origin, :by, :comment)
                        on conflict (form_key) do nothing
                        """)
                .param("key", formKey).param("id", formId).param("version", version).param("resource", resourceName)
                .param("schema", schema).param("now", Timestamp.from(now))
                .param("origin", origin.name()).param("by", by == null ? null : by.value()).param("comment", comment)
                .update() == 1;
    }

    public Set<String> deployedFormIds() {
        return new TreeSet<>(jdbc.sql("select distinct form_id from form_definition").query(String.class).list());
    }

    public Map<String, String> fileChecksums() {
        return jdbc.sql("select resource_name, sha256 from deployed_file")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void rememberFile(String resourceName, String sha256, Instant now) {
        jdbc.sql("""
                        insert into deployed_file (resource_name, sha256, deployed_at) values (:name, :sha, :now)
                        on conflict (resource_name) do update set sha256 = excluded.sha256, deployed_at = excluded.deployed_at
                        """)
                .param("name", resourceName).param("sha", sha256)
                .param("now", Timestamp.from(now)).update();
    }

    public void retire(String bpmnProcessId, Instant at) {
        jdbc.sql("update process_definition set retired_at = :at where bpmn_process_id = :id and retired_at is null")
                .param("at", Timestamp.from(at)).param("id", bpmnProcessId).update();
    }

    public List<DefinitionVersion> allVersions() {
        return jdbc.sql("select * from (" + VERSIONS + ") v order by case kind when 'PROCESS' then 0 when 'DECISION' then 1 else 2 end, resource_id, version desc")
                .query(DefinitionRepository::version).list();
    }

    public List<DefinitionVersion> versions(ResourceKind kind, String resourceId) {
        return jdbc.sql("select * from (" + VERSIONS + ") v where kind = :kind and resource_id = :id order by version desc")
                .param("kind", kind.name()).param("id", resourceId)
                .query(DefinitionRepository::version).list();
    }

    public Optional<DefinitionVersion> version(ResourceKind kind, String resourceId, int version) {
        return jdbc.sql("select * from (" + VERSIONS + ") v where kind = :kind and resource_id = :id and version = :v")
                .param("kind", kind.name()).param("id", resourceId).param("v", version)
                .query(DefinitionRepository::version).optional();
    }

    public Optional<String> content(ResourceKind kind, String resourceId, int version) {
        String sql = switch (kind) {
            case PROCESS -> "select bpmn_xml from process_definition where bpmn_process_id = :id and version = :v";
            case DECISION -> "select dmn_xml from decision_definition where decision_requirements_id = :id and version = :v";
            case FORM -> "select schema_json from form_definition where form_id = :id and version = :v";
        };
        return jdbc.sql(sql).param("id", resourceId).param("v", version).query(String.class).optional();
    }

    public Set<String> deployedDecisionIds() {
        return new TreeSet<>(jdbc.sql("""
                        select distinct unnest(decision_ids) from decision_definition
                        """).query(String.class).list());
    }

    public Set<String> deployedProcessIds() {
        return new TreeSet<>(jdbc.sql("select distinct bpmn_process_id from process_definition")
                .query(String.class).list());
    }

    public Optional<String> xml(long definitionKey) {
        return jdbc.sql("select bpmn_xml from process_definition where definition_key = :key")
                .param("key", definitionKey).query(String.class).optional();
    }

    public Optional<Long> latestKey(String bpmnProcessId) {
        return jdbc.sql("""
                        select definition_key from process_definition where bpmn_process_id = :id
                        order by version desc limit 1
                        """)
                .param("id", bpmnProcessId).query(Long.class).optional();
    }

    public Optional<String> formSchema(long formKey) {
        return jdbc.sql("select schema_json from form_definition where form_key = :key").param("key", formKey)
                .query(String.class).optional();
    }

    public Optional<String> bpmnProcessId(long definitionKey) {
        return jdbc.sql("select bpmn_process_id from process_definition where definition_key = :key")
                .param("key", definitionKey).query(String.class).optional();
    }

    private static DefinitionVersion version(ResultSet rs, int row) throws SQLException {
        Object by = rs.getObject("deployed_by");
        return new DefinitionVersion(ResourceKind.valueOf(rs.getString("kind")), rs.getString("resource_id"),
                rs.getInt("version"), rs.getLong("engine_key"), rs.getString("name"), rs.getString("resource_name"),
                rs.getTimestamp("deployed_at").toInstant(), Origin.valueOf(rs.getString("origin")),
                by == null ? null : new UserId((UUID) by), rs.getString("comment"));
    }
}
