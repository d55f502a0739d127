package org.coachingpool.reconciliation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.ClosedCase;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.definitions.RunningInstances;
import org.coachingpool.enginecommands.EngineCommands;
import org.coachingpool.reconciliation.repository.ReconciliationRepository;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.worklist.OpenTask;
import org.coachingpool.worklist.TaskProjection;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Compares the database with the engine each hour (ADR 0025): each step the engine waits at has
 * exactly one open work item and each open work item a step the engine waits at; no completion
 * or command waits long for the engine; each open case has a running process and each running
 * relationship process a case; the engine heard each stored early end and safeguarding concern. A difference is reported once it lasts from one comparison to the next, so work
 * moving between the two at the moment of looking is never called drift.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    static final Duration COMPLETION_LATE = Duration.ofMinutes(5);
    static final Duration KEPT = Duration.ofDays(30);

    private final Worklist worklist;
    private final TaskProjection projection;
    private final Cases cases;
    private final RunningInstances engine;
    private final ReconciliationRepository runs;
    private final Clock clock;
    /** What the last comparison found, confirmed or not: a second sighting confirms it. */
    private Set<Candidate> lastSeen = Set.of();

    private final EngineCommands commands;

    private final Sessions sessions;
    private final Safeguarding safeguarding;

    Reconciliation(Worklist worklist, TaskProjection projection, Cases cases, RunningInstances engine, ReconciliationRepository runs, Clock clock,
            EngineCommands commands, Sessions sessions,
            Safeguarding safeguarding) {
        this.sessions = sessions;
        this.safeguarding = safeguarding;
        this.commands = commands;
        this.worklist = worklist;
        this.projection = projection;
        this.cases = cases;
        this.engine = engine;
        this.runs = runs;
        this.clock = clock;
    }

    private record Candidate(Drift.Kind kind, String key) {
    }

    @Scheduled(initialDelayString = "${coachingpool.reconciliation.first-after:2m}",
            fixedDelayString = "${coachingpool.reconciliation.interval:1h}")
    public synchronized ReconciliationReport run() {
        Instant now = clock.instant();
        var tasks = projection.openTasks();
        var byCase = cases.withProcess();
        Map<Long, RunningInstances.Instance> running;
        try {
            running = runningInstances();
        } catch (RuntimeException e) {
            log.warn("Reconciliation: the engine could not be asked ({}); nothing compared", e.getMessage());
            var report = new ReconciliationReport(now, tasks.size(), byCase.size(), false, List.of());
            runs.save(report);
            return report;
        }
        Map<Candidate, Drift> found = new HashMap<>();
        compareTasks(tasks, running, byCase, now, found);
        compareCases(byCase, running, found);
        compareCommands(byCase, found);
        compareEarlyEnds(byCase, now, found);
        compareConcerns(byCase, now, found);
        var confirmed = found.entrySet().stream().filter(e -> lastSeen.contains(e.getKey())).map(Map.Entry::getValue)
                .sorted(Comparator.comparing(Drift::kind).thenComparing(Drift::key)).toList();
        lastSeen = Set.copyOf(found.keySet());
        var report = new ReconciliationReport(now, tasks.size(), byCase.size(), true, confirmed);
        runs.save(report);
        runs.deleteBefore(now.minus(KEPT));
        if (!confirmed.isEmpty()) {
            log.warn("Reconciliation: {} differences between the database and the engine: {}", confirmed.size(),
                    confirmed);
        }
        return report;
    }

    /** The latest comparison, for the pool team. */
    public Optional<ReconciliationReport> latest(CurrentUser viewer) {
        if (!viewer.has(Role.POOL_ADMIN) && !viewer.has(Role.PROCESS_ADMIN)) {
            return Optional.empty();
        }
        return runs.latest();
    }

    private Map<Long, RunningInstances.Instance> runningInstances() {
        Map<Long, RunningInstances.Instance> all = new HashMap<>();
        for (long definition : engine.countByDefinition().keySet()) {
            engine.of(definition).forEach(instance -> all.put(instance.processInstanceKey(), instance));
        }
        return all;
    }

    private void compareTasks(List<OpenTask> tasks, Map<Long, RunningInstances.Instance> running,
            Map<Long, ClosedCase> byCase, Instant now, Map<Candidate, Drift> found) {
        Map<Long, List<OpenTask>> byElement = new HashMap<>();
        tasks.forEach(t -> byElement.computeIfAbsent(t.elementInstanceKey(), k -> new ArrayList<>()).add(t));
        Map<UUID, String> references = new HashMap<>();
        byCase.values().forEach(c -> references.put(c.id().value(), c.reference()));
        Set<Long> waiting = new HashSet<>();
        for (var instance : running.values()) {
            for (var element : instance.active()) {
                if (!"USER_TASK".equals(element.elementType())) {
                    continue;
                }
                waiting.add(element.elementInstanceKey());
                if (!byElement.containsKey(element.elementInstanceKey())) {
                    String reference = referenceOf(instance, running, byCase);
                    add(found, new Drift(Drift.Kind.TASK_WITHOUT_ITEM, Long.toString(element.elementInstanceKey()),
                            reference, element.elementId()));
                }
            }
        }
        for (var entry : byElement.entrySet()) {
            var first = entry.getValue().getFirst();
            String reference = first.caseId() == null ? null : references.get(first.caseId().value());
            if (entry.getValue().size() > 1) {
                add(found, new Drift(Drift.Kind.DUPLICATE_ITEMS, Long.toString(entry.getKey()), reference,
                        first.elementId()));
            }
            for (var task : entry.getValue()) {
                if (task.state() == WorkItemState.COMPLETING && task.completedAt() != null
                        && task.completedAt().isBefore(now.minus(COMPLETION_LATE))) {
                    add(found, new Drift(Drift.Kind.STUCK_COMPLETION, task.id().toString(), reference, task.elementId()));
                } else if (task.state() == WorkItemState.OPEN && !waiting.contains(entry.getKey())) {
                    add(found, new Drift(Drift.Kind.ITEM_WITHOUT_TASK, task.id().toString(), reference, task.elementId()));
                }
            }
        }
    }

    private void compareCases(Map<Long, ClosedCase> byCase, Map<Long, RunningInstances.Instance> running,
            Map<Candidate, Drift> found) {
        for (var entry : byCase.entrySet()) {
            if (entry.getValue().closedAt() == null && !running.containsKey(entry.getKey())) {
                add(found, new Drift(Drift.Kind.CASE_WITHOUT_PROCESS, entry.getValue().id().toString(),
                        entry.getValue().reference(), null));
            }
        }
        for (var instance : running.values()) {
            if (RelationshipProcess.PROCESS_ID.equals(instance.bpmnProcessId()) && instance.parentProcessInstanceKey() <= 0
                    && !byCase.containsKey(instance.processInstanceKey())) {
                add(found, new Drift(Drift.Kind.PROCESS_WITHOUT_CASE, Long.toString(instance.processInstanceKey()), null,
                        null));
            }
        }
    }

    /**
     * Commands stored after a commit (a start, an early end, a concern, an offer, a wake-up) that
     * the engine has not taken for longer than a completion may wait (ADR 0028).
     */
    private void compareCommands(Map<Long, ClosedCase> byCase, Map<Candidate, Drift> found) {
        Map<String, String> references = new HashMap<>();
        byCase.values().forEach(c -> references.put(c.id().toString(), c.reference()));
        for (var waiting : commands.waitingLongerThan(COMPLETION_LATE)) {
            add(found, new Drift(Drift.Kind.STUCK_COMMAND, Long.toString(waiting.id()),
                    references.get(waiting.orderKey()), waiting.purpose().stored()));
        }
    }

    /**
     * Each open case's latest early end, once its command reached the engine, must have made the
     * process ask the pool team what happens next: a "decide after an early end" task opened after it.
     */
    private void compareEarlyEnds(Map<Long, ClosedCase> byCase, Instant now, Map<Candidate, Drift> found) {
        Map<UUID, ClosedCase> open = new HashMap<>();
        byCase.values().stream().filter(c -> c.closedAt() == null).forEach(c -> open.put(c.id().value(), c));
        for (var ended : sessions.latestEarlyEndsBefore(now.minus(COMPLETION_LATE))) {
            var theCase = open.get(ended.caseId().value());
            if (theCase == null || commands.anyUnsent(ended.caseId().toString())) {
                continue;
            }
            boolean heard = worklist.ofCase(ended.caseId()).stream()
                    .anyMatch(item -> RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END.equals(item.elementId())
                            && !item.createdAt().isBefore(ended.at()));
            if (!heard) {
                add(found, new Drift(Drift.Kind.EARLY_END_NOT_HEARD, ended.id().toString(), theCase.reference(),
                        RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END));
            }
        }
    }

    /** Each concern not answered, once its start reached the engine, must be a task for the safeguarding lead. */
    private void compareConcerns(Map<Long, ClosedCase> byCase, Instant now, Map<Candidate, Drift> found) {
        Map<UUID, String> references = new HashMap<>();
        byCase.values().forEach(c -> references.put(c.id().value(), c.reference()));
        for (var concern : safeguarding.notHeardBefore(now.minus(COMPLETION_LATE))) {
            if (!commands.anyUnsent(concern.id().toString())) {
                add(found, new Drift(Drift.Kind.CONCERN_NOT_HEARD, concern.id().toString(),
                        references.get(concern.caseId().value()), null));
            }
        }
    }

    /** The case of an instance, or of the relationship process that called it. */
    private static String referenceOf(RunningInstances.Instance instance, Map<Long, RunningInstances.Instance> running,
            Map<Long, ClosedCase> byCase) {
        var current = instance;
        for (int depth = 0; current != null && depth < 10; depth++) {
            var found = byCase.get(current.processInstanceKey());
            if (found != null) {
                return found.reference();
            }
            current = running.get(current.parentProcessInstanceKey());
        }
        return null;
    }

    private static void add(Map<Candidate, Drift> found, Drift drift) {
        found.put(new Candidate(drift.kind(), drift.key()), drift);
    }
}
