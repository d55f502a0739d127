package org.coachingpool.modeller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.definitions.DefinitionVersion;
import org.coachingpool.definitions.Deployments;
import org.coachingpool.definitions.ProcessDefinitions;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.definitions.RunningInstances;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.modeller.Migration.Outcome;
import org.coachingpool.modeller.Migration.Plan;
import org.coachingpool.modeller.Migration.PlannedCase;
import org.coachingpool.modeller.Migration.Target;
import org.coachingpool.modeller.Migration.Unmapped;
import org.coachingpool.modeller.repository.LibraryRepository;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskProjection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Moves running cases to another version of their process with the engine's process instance
 * migration: a plan that maps steps by id and kind and lets the admin map the rest, a verdict per
 * case before anything moves, then one engine command per process instance (all or nothing for
 * each, as the engine does it), the processes a case called moving with it to their live
 * versions, its open tasks following, and the run audited.
 */
@Service
public class Migrations {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Element kinds where a case can be waiting, so the ones a mapping is about. */
    private static final Set<String> WAIT_KINDS = Set.of("userTask", "serviceTask", "sendTask", "receiveTask",
            "businessRuleTask", "scriptTask", "callActivity", "subProcess", "intermediateCatchEvent",
            "eventBasedGateway", "boundaryEvent", "task", "manualTask");

    private final ProcessDefinitions definitions;
    private final RunningInstances instances;
    private final CamundaClient client;
    private final TaskProjection projection;
    private final Cases cases;
    private final LibraryRepository repository;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final ApplicationEventPublisher events;

    private final Incidents incidents;

    Migrations(ProcessDefinitions definitions, RunningInstances instances, CamundaClient client, TaskProjection projection,
            Cases cases, LibraryRepository repository, Clock clock,
            ApplicationEventPublisher events, Incidents incidents) {
        this.events = events;
        this.incidents = incidents;
        this.definitions = definitions;
        this.instances = instances;
        this.client = client;
        this.projection = projection;
        this.cases = cases;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * @param chosen admin's mapping for steps without an automatic match (source id → target id)
     * @param only the process instances to move, or empty for every one on the version
     */
    public Plan plan(String processId, int fromVersion, int toVersion, Map<String, String> chosen, Set<Long> only,
            CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, ModelLibrary.PROCESS_ADMINS_ONLY);
        if (fromVersion == toVersion) {
            throw new InvalidInputException("toVersion", "Choose a different version to move the cases to");
        }
        DefinitionVersion from = version(processId, fromVersion, "fromVersion");
        DefinitionVersion to = version(processId, toVersion, "toVersion");
        Map<String, Node> source = nodes(from);
        Map<String, Node> target = nodes(to);
        Map<String, String> mapping = new LinkedHashMap<>();
        source.forEach((id, node) -> {
            Node same = target.get(id);
            if (same != null && same.kind().equals(node.kind())) {
                mapping.put(id, id);
            }
        });
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        chosen.forEach((sourceId, targetId) -> {
            if (targetId == null || targetId.isBlank()) {
                return;
            }
            Node a = source.get(sourceId);
            Node b = target.get(targetId);
            if (a == null || b == null) {
                problems.add(new InvalidInputException.Problem("mapping-" + sourceId, "There is no step '"
                        + (a == null ? sourceId : targetId) + "' in version " + (a == null ? fromVersion : toVersion)));
            } else if (!a.kind().equals(b.kind())) {
                problems.add(new InvalidInputException.Problem("mapping-" + sourceId, "'" + a.label() + "' is a "
                        + ModelDifference.words(a.kind()) + " and '" + b.label() + "' is a "
                        + ModelDifference.words(b.kind()) + ": a step can only move to a step of the same kind"));
            } else {
                mapping.put(sourceId, targetId);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Unmapped> unmapped = source.values().stream()
                .filter(node -> WAIT_KINDS.contains(node.kind()) && !mapping.containsKey(node.id()))
                .map(node -> new Unmapped(node.id(), node.name(), ModelDifference.words(node.kind()),
                        target.values().stream().filter(t -> t.kind().equals(node.kind()))
                                .map(t -> new Target(t.id(), t.name())).toList()))
                .toList();
        List<RunningInstances.Instance> running = instances.of(from.engineKey()).stream()
                .filter(i -> only.isEmpty() || only.contains(i.processInstanceKey())).toList();
        Map<Long, CaseSummary> caseOf = cases.byProcessInstance(running.stream()
                .map(RunningInstances.Instance::processInstanceKey).toList());
        List<PlannedCase> planned = running.stream()
                .map(instance -> plan(instance, caseOf.get(instance.processInstanceKey()), source, mapping, toVersion))
                .sorted(Comparator.comparing(PlannedCase::label)).toList();
        return new Plan(processId, fromVersion, toVersion, mapping, unmapped, planned);
    }

    /** Moves every case of the plan that can move; the rest are reported with their reason. */
    public List<Outcome> migrate(String processId, int fromVersion, int toVersion, Map<String, String> chosen,
            Set<Long> only, String comment, CurrentUser user) {
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("comment", "Say why these cases are moving");
        }
        Plan plan = plan(processId, fromVersion, toVersion, chosen, only, user);
        if (plan.cases().isEmpty()) {
            throw new InvalidInputException("cases", "No case runs on version " + fromVersion + " now");
        }
        DefinitionVersion to = version(processId, toVersion, "toVersion");
        List<Outcome> outcomes = new ArrayList<>();
        for (PlannedCase planned : plan.cases()) {
            if (!planned.canMove()) {
                outcomes.add(new Outcome(planned.processInstanceKey(), planned.label(), false, planned.reason()));
                continue;
            }
            outcomes.add(move(planned, to, plan.mapping()));
        }
        List<String> lines = outcomes.stream().map(o -> o.label() + ": " + (o.moved() ? "moved" : "not moved, "
                + o.message())).toList();
        repository.insertChange(clock.instant(), user.id().value(), "MIGRATE", ResourceKind.PROCESS, processId,
                fromVersion, toVersion, why, toJson(lines));
        long moved = outcomes.stream().filter(Outcome::moved).count();
        events.publishEvent(new AdminChange(user.id(), AdminChange.Area.PROCESSES, "Moved " + moved + " of " + outcomes.size()
                + " cases of the process " + processId + " from version " + fromVersion + " to " + toVersion));
        return outcomes;
    }

    private Outcome move(PlannedCase planned, DefinitionVersion to, Map<String, String> mapping) {
        var instance = instances.find(planned.processInstanceKey());
        if (instance.isEmpty()) {
            return new Outcome(planned.processInstanceKey(), planned.label(), false, "it finished meanwhile");
        }
        Optional<String> refused = migrateInstance(instance.get(), to, mapping);
        if (refused.isPresent()) {
            return new Outcome(planned.processInstanceKey(), planned.label(), false, refused.get());
        }
        cases.movedToDefinition(planned.processInstanceKey(), to.engineKey());
        List<String> children = new ArrayList<>();
        for (RunningInstances.Instance child : instances.childrenOf(planned.processInstanceKey())) {
            Optional<DefinitionVersion> latest = live(child.bpmnProcessId());
            if (latest.isEmpty() || latest.get().engineKey() == child.definitionKey()) {
                continue;
            }
            Map<String, String> childMapping = automatic(nodes(definitions.version(ResourceKind.PROCESS,
                    child.bpmnProcessId(), child.version()).orElseThrow()), nodes(latest.get()));
            Optional<String> childRefused = migrateInstance(child, latest.get(), childMapping);
            children.add(child.bpmnProcessId() + (childRefused.isEmpty() ? " moved to version " + latest.get().version()
                    : " stayed on version " + child.version() + " (" + childRefused.get() + ")"));
        }
        return new Outcome(planned.processInstanceKey(), planned.label(), true, children.isEmpty() ? "moved"
                : "moved; " + String.join("; ", children));
    }

    /** One engine command; empty when it moved, else the engine's reason in a sentence. */
    private Optional<String> migrateInstance(RunningInstances.Instance instance, DefinitionVersion to,
            Map<String, String> mapping) {
        var instructions = mapping.entrySet().stream().toList();
        if (instructions.isEmpty()) {
            return Optional.of("no step of the old version has a place in the new one");
        }
        try {
            var command = client.newMigrateProcessInstanceCommand(instance.processInstanceKey())
                    .migrationPlan(to.engineKey())
                    .addMappingInstruction(instructions.getFirst().getKey(), instructions.getFirst().getValue());
            for (var instruction : instructions.subList(1, instructions.size())) {
                command = command.addMappingInstruction(instruction.getKey(), instruction.getValue());
            }
            command.requestTimeout(TIMEOUT).send().join();
        } catch (ClientStatusException refused) {
            return Optional.of("the engine refused: " + Deployments.firstSentence(refused.getMessage()));
        } catch (RuntimeException failed) {
            return Optional.of("the engine could not be reached (" + failed.getMessage() + "); try again");
        }
        projection.followMigration(instance.processInstanceKey(), to.engineKey(), to.resourceId(), to.version(), mapping);
        return Optional.empty();
    }

    private PlannedCase plan(RunningInstances.Instance instance, CaseSummary summary, Map<String, Node> source,
            Map<String, String> mapping, int toVersion) {
        String label = summary == null ? "Process instance " + instance.processInstanceKey()
                : "Case " + summary.reference();
        List<String> waiting = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (var active : instance.active()) {
            Node node = source.get(active.elementId());
            String name = node == null ? active.elementId() : node.label();
            if (!waiting.contains(name)) {
                waiting.add(name);
            }
            if (!mapping.containsKey(active.elementId()) && !missing.contains(name)) {
                missing.add(name);
            }
        }
        List<String> alsoMoves = new ArrayList<>();
        for (RunningInstances.Instance child : instances.childrenOf(instance.processInstanceKey())) {
            live(child.bpmnProcessId()).filter(latest -> latest.engineKey() != child.definitionKey())
                    .ifPresent(latest -> alsoMoves.add(child.bpmnProcessId() + ": version " + child.version() + " to "
                            + latest.version()));
        }
        boolean canMove = missing.isEmpty() && !instance.active().isEmpty();
        boolean stopped = summary != null && incidents.isDelayed(summary.id());
        String reason = canMove ? "" : instance.active().isEmpty() && stopped
                ? "it has stopped with an error before its step began, so there is nothing to move yet; put it right on"
                        + " its case page (Try again, or work out its decision table again)"
                : instance.active().isEmpty() ? "it is between steps; try again in a moment"
                : "it waits at " + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                        + ", which has no step in version " + toVersion + ": choose where it moves below";
        return new PlannedCase(instance.processInstanceKey(), label, waiting, canMove, reason, alsoMoves);
    }

    private record Node(String id, String name, String kind) {
        String label() {
            return name.isBlank() ? id : name;
        }
    }

    private Map<String, Node> nodes(DefinitionVersion version) {
        String xml = definitions.content(ResourceKind.PROCESS, version.resourceId(), version.version()).orElseThrow();
        BpmnModelInstance model = ModelChecks.read(xml);
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof StartEvent || node instanceof EndEvent
                    || (node instanceof Gateway && !(node instanceof EventBasedGateway))) {
                continue;
            }
            nodes.put(node.getId(), new Node(node.getId(), node.getName() == null ? "" : node.getName().strip(),
                    node.getElementType().getTypeName()));
        }
        return nodes;
    }

    private static Map<String, String> automatic(Map<String, Node> source, Map<String, Node> target) {
        Map<String, String> mapping = new LinkedHashMap<>();
        source.forEach((id, node) -> {
            Node same = target.get(id);
            if (same != null && same.kind().equals(node.kind())) {
                mapping.put(id, id);
            }
        });
        return mapping;
    }

    private DefinitionVersion version(String processId, int version, String field) {
        return definitions.version(ResourceKind.PROCESS, processId, version).orElseThrow(() ->
                new InvalidInputException(field, "There is no version " + version + " of " + processId));
    }

    private Optional<DefinitionVersion> live(String processId) {
        return definitions.versions(ResourceKind.PROCESS, processId).stream().findFirst();
    }

    /** Running instances of each version of a process (version → count), for the library. */
    public Map<Integer, Integer> runningByVersion(String processId, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, ModelLibrary.PROCESS_ADMINS_ONLY);
        return definitions.versions(ResourceKind.PROCESS, processId).stream().collect(Collectors.toMap(
                DefinitionVersion::version, v -> instances.of(v.engineKey()).size(), (a, b) -> a, LinkedHashMap::new));
    }

    private String toJson(Collection<String> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
