package org.coachingpool.modeller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.definitions.DefinitionVersion;
import org.coachingpool.definitions.DeploymentRefusedException;
import org.coachingpool.definitions.Deployments;
import org.coachingpool.definitions.Origin;
import org.coachingpool.definitions.ProcessDefinitions;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.definitions.RunningInstances;
import org.coachingpool.modeller.repository.LibraryRepository;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process library for process admins: every version of every process and decision table,
 * drafts kept on the server, validation, deploy, rollback and the comparison of versions, each
 * change audited. Only process admins reach any of it, whatever screen or address asks.
 */
@Service
public class ModelLibrary {

    /** The refusal for anyone but a process admin. */
    static final String PROCESS_ADMINS_ONLY = "Only process admins change processes.";

    /** Larger than any model of ours by far; a bigger upload is a mistake or an attack. */
    static final int MAX_MODEL_BYTES = 2 * 1024 * 1024;
    static final String BUILT_IN = "Built into the app";
    /** Active elements that only contain the steps where a case waits. */
    private static final Set<String> CONTAINERS = Set.of("SUB_PROCESS", "CALL_ACTIVITY",
            "MULTI_INSTANCE_BODY", "EVENT_SUB_PROCESS");

    private final ProcessDefinitions definitions;
    private final Deployments deployments;
    private final LibraryRepository repository;
    private final ModelChecks checks;
    private final People people;
    private final Clock clock;
    private final RunningInstances instances;
    private final ObjectMapper json = new ObjectMapper();
    private final ApplicationEventPublisher events;

    ModelLibrary(ProcessDefinitions definitions, Deployments deployments, LibraryRepository repository,
            ModelChecks checks, People people, Clock clock,
            RunningInstances instances,
            ApplicationEventPublisher events) {
        this.events = events;
        this.instances = instances;
        this.definitions = definitions;
        this.deployments = deployments;
        this.repository = repository;
        this.checks = checks;
        this.people = people;
        this.clock = clock;
    }

    /** The outcome of a deploy or rollback, for the confirmation page. */
    public record Deployment(ResourceKind kind, String resourceId, Integer fromVersion, int toVersion,
            List<String> difference) {
    }

    public List<LibraryEntry> entries(CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        List<DefinitionVersion> all = definitions.allVersions();
        Map<Long, Integer> running = running();
        Map<String, Long> draftCounts = repository.drafts().stream()
                .collect(Collectors.groupingBy(d -> d.kind() + ":" + d.resourceId(), Collectors.counting()));
        Map<UserId, String> names = names(all.stream().map(DefinitionVersion::deployedBy).toList());
        Map<String, List<DefinitionVersion>> byResource = all.stream().collect(Collectors.groupingBy(
                v -> v.kind() + ":" + v.resourceId(), LinkedHashMap::new, Collectors.toList()));
        List<LibraryEntry> entries = new ArrayList<>();
        Set<String> started = startedProcesses(all);
        byResource.forEach((key, versions) -> {
            DefinitionVersion live = versions.getFirst();
            int runningCases = versions.stream().mapToInt(v -> running.getOrDefault(v.engineKey(), 0)).sum();
            entries.add(new LibraryEntry(live.kind(), live.resourceId(), nameOf(live), live.version(), versions.size(),
                    live.deployedAt(), nameOf(live.deployedBy(), names), runningCases,
                    draftCounts.getOrDefault(key, 0L).intValue(),
                    live.kind() == ResourceKind.PROCESS && !started.contains(live.resourceId())));
        });
        return entries;
    }

    /**
     * The processes something starts: a message the app publishes, a timer of their own, or a call
     * from another live process. One uploaded from elsewhere may have none of these, and never run.
     */
    private Set<String> startedProcesses(List<DefinitionVersion> all) {
        Set<String> started = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (DefinitionVersion v : all) {
            if (v.kind() != ResourceKind.PROCESS || !seen.add(v.resourceId())) {
                continue;
            }
            var starts = ModelChecks.startsOf(definitions.content(ResourceKind.PROCESS, v.resourceId(), v.version())
                    .orElse(""));
            if (starts.timer() || starts.messages().stream().anyMatch(AppCapabilities.START_MESSAGES::contains)) {
                started.add(v.resourceId());
            }
            started.addAll(starts.calls());
        }
        return started;
    }

    /** Whether nothing starts this process, so that it can be retired. */
    public boolean nothingStarts(String processId, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        return !definitions.versions(ResourceKind.PROCESS, processId).isEmpty()
                && !startedProcesses(definitions.allVersions()).contains(processId);
    }

    /**
     * Retires a process that nothing starts and nothing runs on: every version leaves the engine
     * and the library; the change is on record with its reason.
     */
    public void retire(String processId, String comment, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("retireComment", why.isEmpty() ? "Say why you are retiring it"
                    : "The reason must be 500 characters or fewer");
        }
        List<DefinitionVersion> versions = definitions.versions(ResourceKind.PROCESS, processId);
        if (versions.isEmpty()) {
            throw new InvalidInputException("process", "There is no process " + processId + " to retire");
        }
        if (!nothingStarts(processId, user)) {
            throw new InvalidInputException("process", "Something starts this process, so it cannot be retired");
        }
        Map<Long, Integer> running = running();
        int runningCases = versions.stream().mapToInt(v -> running.getOrDefault(v.engineKey(), 0)).sum();
        if (runningCases > 0) {
            throw new InvalidInputException("process", runningCases + (runningCases == 1 ? " instance runs" :
                    " instances run") + " on this process; it can be retired once they have finished");
        }
        try {
            deployments.delete(versions.stream().map(DefinitionVersion::engineKey).toList());
        } catch (DeploymentRefusedException refused) {
            throw new InvalidInputException("process", "The engine refused to retire it: " + refused.getMessage());
        }
        definitions.retire(processId, clock.instant());
        repository.insertChange(clock.instant(), user.id().value(), "RETIRE", ResourceKind.PROCESS, processId,
                versions.getFirst().version(), null, why, toJson(List.of()));
        events.publishEvent(new AdminChange(user.id(),
                AdminChange.Area.PROCESSES, "Retired the process " + processId
                + ", which nothing started"));
    }

    public List<Version> versions(ResourceKind kind, String resourceId, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        List<DefinitionVersion> versions = definitions.versions(kind, resourceId);
        Map<Long, Integer> running = running();
        Map<UserId, String> names = names(versions.stream().map(DefinitionVersion::deployedBy).toList());
        List<Version> result = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            DefinitionVersion v = versions.get(i);
            // Where the instances on this version wait now, any kind of step: tasks, timers, messages.
            Map<String, Integer> steps = new TreeMap<>();
            if (kind == ResourceKind.PROCESS && running.getOrDefault(v.engineKey(), 0) > 0) {
                for (var instance : instances.of(v.engineKey())) {
                    instance.active().stream().filter(a -> !CONTAINERS.contains(a.elementType()))
                            .forEach(a -> steps.merge(definitions.elementName(v.engineKey(), a.elementId())
                                    .orElse(a.elementId()), 1, Integer::sum));
                }
            }
            result.add(new Version(v.kind(), v.resourceId(), v.version(), v.engineKey(), nameOf(v), v.resourceName(),
                    v.deployedAt(), v.origin(), nameOf(v.deployedBy(), names), v.comment(), i == 0,
                    running.getOrDefault(v.engineKey(), 0), steps));
        }
        return result;
    }

    public String content(ResourceKind kind, String resourceId, int version, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        return definitions.content(kind, resourceId, version)
                .orElseThrow(() -> new InvalidInputException("version", "There is no version " + version + " of "
                        + resourceId));
    }

    public List<Draft> drafts(CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        var rows = repository.drafts();
        Map<UserId, String> names = names(rows.stream().map(r -> new UserId(r.updatedBy())).toList());
        return rows.stream().map(r -> draft(r, names)).toList();
    }

    public Draft draft(DraftId id, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        var row = repository.draft(id.value()).orElseThrow(() -> new InvalidInputException("draft",
                "This draft no longer exists: it was deployed or discarded"));
        return draft(row, names(List.of(new UserId(row.updatedBy()))));
    }

    /** Starts a draft from a deployed version (the live one or any older one). */
    @Transactional
    public DraftId startDraft(ResourceKind kind, String resourceId, int version, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        DefinitionVersion from = definitions.version(kind, resourceId, version)
                .orElseThrow(() -> new InvalidInputException("version", "There is no version " + version + " of "
                        + resourceId));
        String content = definitions.content(kind, resourceId, version).orElseThrow();
        var id = new DraftId(UUID.randomUUID());
        repository.insertDraft(id.value(), kind, resourceId, from.resourceName(), content, version, user.id().value(),
                clock.instant());
        return id;
    }

    /** A new, empty form to build in the browser; the admin gives it its id. */
    @Transactional
    public DraftId newForm(CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        String schema = """
                {
                  "id": "new-form",
                  "type": "default",
                  "executionPlatform": "Camunda Cloud",
                  "executionPlatformVersion": "8.8.0",
                  "schemaVersion": 18,
                  "components": []
                }
                """;
        var id = new DraftId(UUID.randomUUID());
        repository.insertDraft(id.value(), ResourceKind.FORM, "new-form", "new-form.form", schema, null,
                user.id().value(), clock.instant());
        return id;
    }

    /** A .bpmn or .dmn file made in Camunda Desktop Modeler (or downloaded here) becomes a draft. */
    @Transactional
    public DraftId upload(String fileName, byte[] content, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        ResourceKind kind = ResourceKind.ofFileName(fileName);
        if (content.length == 0) {
            throw new InvalidInputException("file", "The file " + fileName + " is empty");
        }
        if (content.length > MAX_MODEL_BYTES) {
            throw new InvalidInputException("file", "The file " + fileName + " is larger than 2 MB");
        }
        if (kind == ResourceKind.FORM && !fileName.toLowerCase(Locale.ROOT).endsWith(".form")) {
            throw new InvalidInputException("file", "A form must be a .form file");
        }
        String xml = new String(content, StandardCharsets.UTF_8);
        String resourceId = readableId(kind, xml, "file");
        String resourceName = definitions.versions(kind, resourceId).stream().findFirst()
                .map(DefinitionVersion::resourceName).orElse(resourceId + kind.extension());
        Integer base = definitions.versions(kind, resourceId).stream().findFirst().map(DefinitionVersion::version)
                .orElse(null);
        var id = new DraftId(UUID.randomUUID());
        repository.insertDraft(id.value(), kind, resourceId, resourceName, xml, base, user.id().value(), clock.instant());
        return id;
    }

    /**
     * Stores the modeller's latest XML over the draft. Refused when someone saved the draft since
     * the revision the editor loaded (another tab, another admin), so nothing is overwritten
     * unseen, and when the XML cannot be read, so the last good save stays.
     *
     * @return the draft as stored now
     */
    @Transactional
    public Draft save(DraftId id, String xml, int expectedRevision, CurrentUser user) {
        Draft current = draft(id, user);
        if (xml == null || xml.isBlank() || xml.getBytes(StandardCharsets.UTF_8).length > MAX_MODEL_BYTES) {
            throw new InvalidInputException("model", "The model is empty or larger than 2 MB; the last save is kept");
        }
        String resourceId = readableId(current.kind(), xml, "model");
        if (!repository.updateDraft(id.value(), resourceId, xml, expectedRevision, user.id().value(), clock.instant())) {
            Draft newer = draft(id, user);
            throw new InvalidInputException("model", "This draft was saved by " + newer.updatedByName() + " at "
                    + UkDates.dateTime(newer.updatedAt()) + " in another window. Reload the"
                    + " page to see that version; your last change here was not saved");
        }
        return draft(id, user);
    }

    @Transactional
    public void discard(DraftId id, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        repository.deleteDraft(id.value());
    }

    /** The app's rules on the draft; the browser adds Camunda's lint rules. */
    public List<Finding> validate(DraftId id, CurrentUser user) {
        Draft draft = draft(id, user);
        return check(draft.kind(), draft.resourceId(), draft.content());
    }

    /** What the draft changes against the live version (everything is added for a new model). */
    public List<String> differenceFromLive(DraftId id, CurrentUser user) {
        Draft draft = draft(id, user);
        return live(draft.kind(), draft.resourceId())
                .map(live -> difference(draft.kind(), definitions.content(draft.kind(), draft.resourceId(),
                        live.version()).orElseThrow(), draft.content()))
                .orElseGet(() -> List.of("A new " + draft.kind().label() + ": " + draft.resourceId()));
    }

    public List<String> compare(ResourceKind kind, String resourceId, int from, int to, CurrentUser user) {
        return difference(kind, content(kind, resourceId, from, user), content(kind, resourceId, to, user));
    }

    /**
     * Makes a validated draft live: new cases start on it at once; running cases stay on their
     * version. Refused, naming every problem, when a rule finds an error or the engine refuses.
     */
    public Deployment deploy(DraftId id, String comment, CurrentUser user) {
        Draft draft = draft(id, user);
        String why = requireComment(comment);
        List<InvalidInputException.Problem> problems = check(draft.kind(), draft.resourceId(), draft.content()).stream()
                .filter(Finding::isError).map(f -> new InvalidInputException.Problem("findings", f.describe()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Deployment done = makeLive(draft.kind(), draft.resourceId(), draft.resourceName(), draft.content(), Origin.ADMIN,
                why, user);
        repository.deleteDraft(id.value());
        return done;
    }

    /** Makes an older version live again, as a new version, with the same checks and audit. */
    public Deployment rollBack(ResourceKind kind, String resourceId, int version, String comment, CurrentUser user) {
        String why = requireComment(comment);
        String content = content(kind, resourceId, version, user);
        DefinitionVersion live = live(kind, resourceId).orElseThrow();
        if (live.version() == version) {
            throw new InvalidInputException("version", "Version " + version + " is the live version already");
        }
        List<InvalidInputException.Problem> problems = check(kind, resourceId, content).stream()
                .filter(Finding::isError).map(f -> new InvalidInputException.Problem("findings", f.describe()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return makeLive(kind, resourceId, live.resourceName(), content, Origin.ROLLBACK,
                "Back to version " + version + ": " + why, user);
    }

    public List<Change> changes(ResourceKind kind, String resourceId, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        var rows = repository.changes(kind, resourceId, 200);
        Map<UserId, String> names = names(rows.stream().map(r -> r.by() == null ? null : new UserId(r.by())).toList());
        return rows.stream().map(r -> new Change(r.at(), nameOf(r.by() == null ? null : new UserId(r.by()), names),
                Change.Action.valueOf(r.action()), r.kind(), r.resourceId(), r.fromVersion(), r.toVersion(),
                r.comment(), lines(r.differenceJson()))).toList();
    }

    private Deployment makeLive(ResourceKind kind, String resourceId, String resourceName, String content, Origin origin,
            String comment, CurrentUser user) {
        Optional<DefinitionVersion> before = live(kind, resourceId);
        List<String> difference = before
                .map(live -> difference(kind, definitions.content(kind, resourceId, live.version()).orElseThrow(),
                        content))
                .orElseGet(() -> List.of("A new " + kind.label() + ": " + resourceId));
        if (before.isPresent() && difference.isEmpty()) {
            throw new InvalidInputException("findings", "This is the same as the live version "
                    + before.get().version() + " apart from the layout; there is nothing to deploy");
        }
        String deployable = kind == ResourceKind.PROCESS ? CamundaUserTasks.asJobWorkerTasks(content) : content;
        List<Deployments.Deployed> deployed;
        try {
            deployed = deployments.deploy(Map.of(resourceName, deployable.getBytes(StandardCharsets.UTF_8)), origin,
                    user.id(), comment);
        } catch (DeploymentRefusedException refused) {
            throw new InvalidInputException("findings", "The engine refused the model: " + refused.getMessage());
        }
        var mine = deployed.stream().filter(d -> d.kind() == kind && d.resourceId().equals(resourceId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("findings", "The engine deployed the file but not the "
                        + kind.label() + " " + resourceId + "; check the id in the model"));
        Integer from = before.map(DefinitionVersion::version).orElse(null);
        repository.insertChange(clock.instant(), user.id().value(), origin == Origin.ROLLBACK ? "ROLLBACK" : "DEPLOY",
                kind, resourceId, from, mine.version(), comment, toJson(difference));
        events.publishEvent(new AdminChange(user.id(), AdminChange.Area.PROCESSES, (origin == Origin.ROLLBACK ? "Made an older "
                : "Made a new ") + kind.label() + " live: " + resourceId + " version " + mine.version()
                + (from == null ? "" : ", after version " + from)));
        return new Deployment(kind, resourceId, from, mine.version(), difference);
    }

    private static List<String> difference(ResourceKind kind, String before, String after) {
        return kind == ResourceKind.FORM ? FormDifference.between(before, after) : ModelDifference.between(before, after);
    }

    private List<Finding> check(ResourceKind kind, String resourceId, String content) {
        Optional<DefinitionVersion> live = live(kind, resourceId);
        String liveXml = live.flatMap(l -> definitions.content(kind, resourceId, l.version())).orElse(null);
        Map<String, Integer> waiting = new LinkedHashMap<>();
        if (kind == ResourceKind.PROCESS && live.isPresent()) {
            for (var instance : instances.of(live.get().engineKey())) {
                instance.active().stream().filter(a -> !CONTAINERS.contains(a.elementType()))
                        .forEach(a -> waiting.merge(a.elementId(), 1, Integer::sum));
            }
        }
        List<String> liveProcesses = kind != ResourceKind.DECISION ? List.of()
                : definitions.deployedProcessIds().stream()
                        .flatMap(id -> live(ResourceKind.PROCESS, id).flatMap(
                                v -> definitions.content(ResourceKind.PROCESS, id, v.version())).stream())
                        .toList();
        return checks.check(kind, content, new ModelChecks.Context(definitions.deployedProcessIds(),
                definitions.deployedDecisionIds(), definitions.deployedFormIds(), liveXml, waiting, liveProcesses));
    }

    private Optional<DefinitionVersion> live(ResourceKind kind, String resourceId) {
        return definitions.versions(kind, resourceId).stream().findFirst();
    }

    /** Running instances by definition key, as the engine knows them. */
    private Map<Long, Integer> running() {
        return instances.countByDefinition();
    }

    private static String readableId(ResourceKind kind, String xml, String field) {
        try {
            String id = ModelChecks.resourceIdOf(kind, xml);
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("the model has no id");
            }
            return id;
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException(field, "The " + kind.label() + " cannot be read: "
                    + Optional.ofNullable(unreadable.getMessage()).orElse("not a model").split("\\R")[0]);
        }
    }

    private static String requireComment(String comment) {
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("comment", "Say what you changed and why");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("comment", "The comment must be 500 characters or fewer");
        }
        return why;
    }

    private Draft draft(LibraryRepository.DraftRow r, Map<UserId, String> names) {
        return new Draft(new DraftId(r.id()), r.kind(), r.resourceId(), r.resourceName(), r.content(), r.baseVersion(),
                r.revision(), nameOf(new UserId(r.updatedBy()), names), r.updatedAt());
    }

    /**
     * What a draft is called: as its live version is listed, or, for one never deployed, the name
     * its model gives itself; its id only when it has no name.
     */
    public String nameOf(Draft draft, CurrentUser user) {
        user.require(Role.PROCESS_ADMIN, PROCESS_ADMINS_ONLY);
        return live(draft.kind(), draft.resourceId()).map(this::nameOf).filter(n -> n != null && !n.isBlank())
                .or(() -> ModelChecks.nameOf(draft.kind(), draft.content()))
                .orElse(draft.resourceId());
    }

    /** A process's name comes from its model; a decision table's from its decision requirements. */
    private String nameOf(DefinitionVersion version) {
        return version.kind() == ResourceKind.PROCESS
                ? definitions.processName(version.engineKey()).orElse(version.resourceId()) : version.name();
    }

    private Map<UserId, String> names(Collection<UserId> ids) {
        List<UserId> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Map.of() : people.names(known);
    }

    private static String nameOf(UserId id, Map<UserId, String> names) {
        return id == null ? BUILT_IN : names.getOrDefault(id, "someone no longer listed");
    }

    private String toJson(List<String> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> lines(String jsonText) {
        try {
            return List.of(json.readValue(jsonText, String[].class));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

}
