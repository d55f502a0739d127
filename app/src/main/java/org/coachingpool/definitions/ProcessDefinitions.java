package org.coachingpool.definitions;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coachingpool.security.UserId;
import org.coachingpool.definitions.repository.DefinitionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process definitions the app deployed, kept with their XML so that work items get their
 * titles from the model and diagrams can be drawn without asking the engine.
 */
@Service
public class ProcessDefinitions {

    private final DefinitionRepository rows;
    private final Clock clock;
    private final Map<Long, Outline> outlines = new ConcurrentHashMap<>();
    private final Map<Long, String> processIds = new ConcurrentHashMap<>();
    private final Map<Long, String> formSchemas = new ConcurrentHashMap<>();

    ProcessDefinitions(DefinitionRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Records a process version the engine reported; true when it was not known before. */
    boolean rememberProcess(long definitionKey, String bpmnProcessId, int version, String resourceName, String xml,
            Origin origin, UserId by, String comment) {
        return rows.rememberProcess(definitionKey, bpmnProcessId, version, resourceName, xml, origin, by, comment, clock.instant());
    }

    /** Records a decision requirements version the engine reported; true when it was not known before. */
    boolean rememberDecision(long key, String id, int version, String name, String resourceName, String xml,
            List<String> decisionIds, Origin origin, UserId by, String comment) {
        return rows.rememberDecision(key, id, version, name, resourceName, xml, decisionIds, origin, by, comment, clock.instant());
    }

    /** Records a form version the engine reported; true when it was not known before. */
    boolean rememberForm(long formKey, String formId, int version, String resourceName, String schema, Origin origin,
            UserId by, String comment) {
        return rows.rememberForm(formKey, formId, version, resourceName, schema, origin, by, comment, clock.instant());
    }

    /** The schema of a deployed form by its engine key, as a job-worker user task's form key gives it. */
    public Optional<String> formSchema(long formKey) {
        // A form key names one version for good: asked once per key.
        return Optional.ofNullable(formSchemas.computeIfAbsent(formKey, key -> rows.formSchema(key).orElse(null)));
    }

    public Set<String> deployedFormIds() {
        return rows.deployedFormIds();
    }

    /** The checksum of each file of processes/ as last deployed. */
    Map<String, String> fileChecksums() {
        return rows.fileChecksums();
    }

    void rememberFile(String resourceName, String sha256) {
        rows.rememberFile(resourceName, sha256, clock.instant());
    }


    /** Takes a process out of the library: its versions stay for the history of cases that ran on them. */
    @Transactional
    public void retire(String bpmnProcessId, Instant at) {
        rows.retire(bpmnProcessId, at);
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
        return rows.allVersions();
    }

    public List<DefinitionVersion> versions(ResourceKind kind, String resourceId) {
        return rows.versions(kind, resourceId);
    }

    public Optional<DefinitionVersion> version(ResourceKind kind, String resourceId, int version) {
        return rows.version(kind, resourceId, version);
    }

    /** The XML of one version of a process or decision table. */
    public Optional<String> content(ResourceKind kind, String resourceId, int version) {
        return rows.content(kind, resourceId, version);
    }

    /** Ids of the decisions in the newest version of every decision requirements graph. */
    public Set<String> deployedDecisionIds() {
        return rows.deployedDecisionIds();
    }

    public Set<String> deployedProcessIds() {
        return rows.deployedProcessIds();
    }


    public Optional<String> xml(long definitionKey) {
        return rows.xml(definitionKey);
    }

    /** The process id of a definition the app deployed. */
    public Optional<String> bpmnProcessId(long definitionKey) {
        // A definition key names one process for good: asked once per key.
        return Optional.ofNullable(processIds.computeIfAbsent(definitionKey,
                key -> rows.bpmnProcessId(key).orElse(null)));
    }

    /** The newest version of a process the app deployed. */
    public Optional<Long> latestKey(String bpmnProcessId) {
        return rows.latestKey(bpmnProcessId);
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
