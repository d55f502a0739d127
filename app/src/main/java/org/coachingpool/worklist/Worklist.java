package org.coachingpool.worklist;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coachingpool.cases.AccessRefused;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.definitions.ProcessDefinitions;
import org.coachingpool.definitions.RunningInstances;
import org.coachingpool.people.People;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.repository.WorkItemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human tasks: who may see and complete them, and the hand-over to the engine.
 *
 * <p>Completing is two steps. In the caller's transaction the item becomes COMPLETING with the
 * variables for the engine stored beside it; only after that commits is the engine told. If
 * the engine is out of reach the stored completion is sent again later, so a result a person
 * submitted is never lost and never applied twice.
 */
@Service
public class Worklist {

    private static final Logger log = LoggerFactory.getLogger(Worklist.class);

    private final WorkItemRepository items;
    private final HumanTaskEngine engine;
    private final ProcessDefinitions definitions;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final InboxUpdates updates;
    private final Clock clock;
    private final Duration jobTimeout;
    /** State changes after the engine answered run in their own transaction: the caller's has committed. */
    private final TransactionTemplate ownTransaction;
    /** Found lazily: guards are features' services, which use the worklist themselves. */
    private final ObjectProvider<CompletionGuard> guards;

    /** Searching by name looks at most this many people up: enough for any name typed in full. */
    static final int NAME_MATCHES = 1000;
    private final People people;
    private final WorklistMetrics metrics;
    /** How a step ended, when the engine no longer has its job. */
    private final ObjectProvider<RunningInstances> instances;
    /** Each item's case reference, stage and thinker, which the cases feature owns. */
    private final Cases cases;

    Worklist(WorkItemRepository items, HumanTaskEngine engine, ProcessDefinitions definitions,
            ApplicationEventPublisher events, ObjectMapper json, InboxUpdates updates, Clock clock, PlatformTransactionManager transactions,
            @Value("${coachingpool.worklist.job-timeout}")
            Duration jobTimeout, ObjectProvider<CompletionGuard> guards,
            People people, WorklistMetrics metrics,
            ObjectProvider<RunningInstances> instances, Cases cases) {
        this.cases = cases;
        this.instances = instances;
        this.metrics = metrics;
        this.people = people;
        this.guards = guards;
        this.jobTimeout = jobTimeout;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.items = items;
        this.engine = engine;
        this.definitions = definitions;
        this.events = events;
        this.json = json;
        this.updates = updates;
        this.clock = clock;
    }

    /** Called by the worker for each job the engine hands out; safe to call again for the same job. */
    @Transactional
    public void record(NewWorkItem item) {
        String title = definitions.elementName(item.processDefinitionKey(), item.elementId()).orElse(item.elementId());
        if (items.upsert(item, title, clock.instant())) {
            metrics.opened();
            events.publishEvent(new WorkItemOpened(items.idOfJob(item.jobKey()), item.caseId(),
                    item.processInstanceKey(), item.elementId(), item.assignee(), item.candidateGroups(), title,
                    item.formKey(), item.dueAt()));
            return;
        }
        resendIfCompleted(items.idOfJob(item.jobKey()));
    }

    /**
     * The engine handed out a job again whose work item was completed here: the engine never
     * recorded that completion (it runs from a backup taken just before, say). The person's answer
     * is stored, so it is sent again rather than lost or asked for twice.
     */
    private void resendIfCompleted(WorkItemId id) {
        var stored = items.storedCompletion(id);
        if (stored.isEmpty()) {
            return;
        }
        log.warn("The engine handed out job {} again, though work item {} was completed on {}; sending the stored "
                + "completion again", stored.get().jobKey(), id, stored.get().submittedAt());
        events.publishEvent(new CompletionStored(id, stored.get().jobKey(), fromJson(stored.get().variablesJson()),
                stored.get().submittedAt(), null));
    }

    /**
     * A completion stored in a transaction: the engine is told once it commits. The work item in
     * state COMPLETING is the outbox row (ADR 0028): the engine-command sender's pass sends what is left.
     */
    record CompletionStored(WorkItemId id, long jobKey, Map<String, Object> variables, Instant submitted,
            WorkItem changed) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCompletionStored(CompletionStored stored) {
        sendCompletion(stored.id(), stored.jobKey(), stored.variables(), stored.submitted());
        if (stored.changed() != null) {
            updates.changed(stored.changed());
        }
    }

    /** A task taken or handed back: open inboxes show it once that commits. */
    record ItemChanged(WorkItem item) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterItemChanged(ItemChanged changed) {
        updates.changed(changed.item());
    }

    /**
     * Every open item of the user, most urgent first, however many: for checks over the whole
     * list. Screens use {@link #inbox(CurrentUser, InboxQuery)}, which is bounded.
     */
    public List<WorkItem> inbox(CurrentUser user) {
        return named(items.openFor(user.username(), List.copyOf(user.candidateGroups())));
    }

    /**
     * What an inbox screen shows: the most urgent matching items, at most the query's limit, and
     * how many match in all. Filtering happens in the database, so no item is out of reach of
     * the filters however long the list.
     */
    public InboxPage inbox(CurrentUser user, InboxQuery query) {
        String pattern = query.text() == null || query.text().isBlank() ? null
                : "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<CaseId> matching = pattern == null ? List.of()
                : cases.idsMatching(pattern, people.idsNamedLike(query.text(), NAME_MATCHES));
        List<CaseId> inStage = query.stage() == null ? null : cases.idsInStage(Stage.valueOf(query.stage()));
        var page = items.openFor(user.username(), List.copyOf(user.candidateGroups()), pattern, matching, inStage,
                query.elementId(), query.dueBefore(), query.limit());
        return new InboxPage(named(page.items()), page.total());
    }

    /** The kinds of task open for the user (element id to title), for the inbox's task filter. */
    public Map<String, String> openTaskKinds(CurrentUser user) {
        return items.openTaskKinds(user.username(), List.copyOf(user.candidateGroups()));
    }

    public int openCount(CurrentUser user) {
        return items.countOpenFor(user.username(), List.copyOf(user.candidateGroups()));
    }

    /**
     * Takes a task offered to one of the user's groups, so colleagues see it is being handled.
     *
     * @throws WorkItemUnavailableException when someone else took it first or it is not the user's to take
     */
    @Transactional
    public void claim(WorkItemId id, CurrentUser user) {
        WorkItem item = get(id, user);
        if (!item.isClaimable() || !items.claim(id, user.username(), clock.instant())) {
            throw new WorkItemUnavailableException(item.isClaimed() || item.assignee() != null
                    ? "Someone else has already taken this task." : "This task cannot be taken.");
        }
        events.publishEvent(new ItemChanged(item));
    }

    /**
     * Gives a claimed task back to its group.
     *
     * @throws WorkItemUnavailableException when it is not the user's claim
     */
    @Transactional
    public void handBack(WorkItemId id, CurrentUser user) {
        var item = items.find(id);
        if (item.isEmpty() || !items.handBack(id, user.username())) {
            throw new WorkItemUnavailableException("Only a task you took from your team can be handed back.");
        }
        events.publishEvent(new ItemChanged(item.get()));
    }

    /** @throws WorkItemUnavailableException when it does not exist or is not the user's to see */
    public WorkItem get(WorkItemId id, CurrentUser user) {
        var found = items.find(id);
        if (found.isPresent() && !mayAct(found.get(), user)) {
            refused(found.get(), user);
        }
        return found.filter(item -> mayAct(item, user)).map(item -> named(List.of(item)).getFirst())
                .orElseThrow(() -> new WorkItemUnavailableException("This task does not exist or is not yours."));
    }

    /**
     * A task that exists but is not theirs: refused, and on record. A task once theirs (taken by
     * a colleague, done already) is not a refusal; the screen explains it as a past task.
     */
    private void refused(WorkItem item, CurrentUser user) {
        boolean offeredToThem = item.candidateGroups().stream().anyMatch(user.candidateGroups()::contains);
        if (item.state() == WorkItemState.OPEN && !offeredToThem) {
            events.publishEvent(new AccessRefused(user.id(),
                    item.caseId() == null ? null : new CaseId(item.caseId()), "a task that is not theirs: " + item.title(), item.elementId()));
        }
    }

    /**
     * A task the person can no longer act on, if it was ever theirs to see: completed (by them or
     * a colleague), withdrawn by the process, or taken by a colleague from a shared list. Empty for
     * an open task of theirs and for anything that was never theirs, so a guessed id tells nothing.
     */
    public Optional<PastTask> pastTask(WorkItemId id, CurrentUser user) {
        Optional<WorkItem> found = items.find(id).map(item -> named(List.of(item)).getFirst());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WorkItem item = found.get();
        if (item.state() == WorkItemState.OPEN && mayAct(item, user)) {
            return Optional.empty();
        }
        var outcome = items.outcome(id).orElseThrow();
        var names = people.namesByUsername(Stream.of(outcome.completedBy(), outcome.claimedBy())
                .filter(Objects::nonNull).toList());
        boolean wasFor = mayAct(item, user) || user.username().equals(outcome.completedBy())
                || item.offeredToGroup() && item.candidateGroups().stream().anyMatch(user.candidateGroups()::contains);
        if (!wasFor) {
            return Optional.empty();
        }
        return switch (item.state()) {
            case COMPLETING, COMPLETED -> Optional.of(new PastTask(item.title(), item.caseId(), item.caseReference(),
                    PastTask.Status.COMPLETED, outcome.completedAt(), names.get(outcome.completedBy())));
            case WITHDRAWN -> Optional.of(new PastTask(item.title(), item.caseId(), item.caseReference(),
                    PastTask.Status.WITHDRAWN, outcome.lastSeenAt(), null));
            case OPEN -> mayAct(item, user) ? Optional.empty() : Optional.of(new PastTask(item.title(), item.caseId(),
                    item.caseReference(), PastTask.Status.TAKEN, outcome.claimedAt(), names.get(outcome.claimedBy())));
        };
    }

    /**
     * Open tasks assigned to the person by name, of the given kinds (element ids): for services
     * that must know whether someone has, say, an offer waiting for their answer.
     */
    /**
     * After the engine migrated a process instance, its open tasks follow: the same jobs, now on
     * the target definition, version and element (the element mapping source → target), titled as
     * the target names them.
     *
     * @return how many tasks moved
     */
    @Transactional
    public int followMigration(long processInstanceKey, long targetDefinitionKey, String bpmnProcessId, int version,
            Map<String, String> mapping) {
        int moved = 0;
        for (WorkItem item : items.openOfProcessInstance(processInstanceKey)) {
            String element = mapping.getOrDefault(item.elementId(), item.elementId());
            String title = definitions.elementName(targetDefinitionKey, element).orElse(item.title());
            items.moved(item.id(), targetDefinitionKey, bpmnProcessId, version, element, title);
            moved++;
        }
        return moved;
    }

    public List<WorkItem> openAssignedTo(String username, Set<String> elementIds) {
        return named(items.openFor(username, List.of()).stream()
                .filter(item -> username.equals(item.assignee()) && elementIds.contains(item.elementId())).toList());
    }

    /**
     * What has happened on a case, as dated milestones: the steps people completed, titles and
     * dates only, for those who may see the case.
     */
    public List<Milestone> milestones(CaseId caseId, CurrentUser viewer) {
        if (cases.find(caseId, viewer).isEmpty()) {
            return List.of();
        }
        var done = items.completed(caseId);
        var names = people.namesByUsername(done.stream().map(WorkItemRepository.Done::by).filter(Objects::nonNull)
                .toList());
        return done.stream().map(d -> new Milestone(d.title(), d.at(), d.by() == null ? null : names.get(d.by())))
                .toList();
    }

    /** The titles of these tasks, by id: for services that have already decided the caller may see them. */
    public Map<WorkItemId, String> titles(Collection<WorkItemId> ids) {
        return ids.isEmpty() ? Map.of() : items.titles(ids);
    }

    /** Items of a case, for services that have already checked the caller may see the case. */
    public List<WorkItem> ofCase(UUID caseId) {
        return named(items.forCase(caseId));
    }

    /** The items with their cases' reference, stage and thinker, in one look-up. */
    private List<WorkItem> named(List<WorkItem> found) {
        var summaries = cases.byIds(found.stream().map(WorkItem::caseId).filter(Objects::nonNull).map(CaseId::new)
                .collect(Collectors.toSet()));
        return found.stream().map(item -> {
            CaseSummary summary = item.caseId() == null ? null : summaries.get(new CaseId(item.caseId()));
            return summary == null ? item : item.withCase(summary.reference(), summary.stage().name(),
                    summary.thinker(), summary.thinkerName());
        }).toList();
    }

    static boolean mayAct(WorkItem item, CurrentUser user) {
        if (item.assignee() != null) {
            return item.assignee().equals(user.username());
        }
        return item.candidateGroups().stream().anyMatch(user.candidateGroups()::contains);
    }

    /**
     * Completes the item in the caller's transaction and tells the engine after it commits.
     * Feature services call this in the same transaction in which they store what the person
     * entered, so both commit or neither does.
     *
     * @param expectedElementId the task the caller's form was built for: a form for one task
     *     cannot complete another
     * @param variables ids, states, dates and counts only; see {@link EngineVariables}
     * @throws WorkItemUnavailableException when it is already completed, withdrawn, or not the user's
     */
    @Transactional
    public WorkItem complete(WorkItemId id, String expectedElementId, CurrentUser user,
            Map<String, Object> variables) {
        EngineVariables.requireSafe(variables);
        var locked = items.lock(id).map(item -> named(List.of(item)).getFirst());
        if (locked.isPresent() && !mayAct(locked.get(), user)) {
            refused(locked.get(), user);
        }
        WorkItem item = locked.filter(found -> mayAct(found, user))
                .orElseThrow(() -> new WorkItemUnavailableException("This task does not exist or is not yours."));
        if (!Objects.equals(item.elementId(), expectedElementId)) {
            throw new WorkItemUnavailableException("This form does not belong to that task.");
        }
        if (item.state() != WorkItemState.OPEN) {
            throw new WorkItemUnavailableException(item.state() == WorkItemState.WITHDRAWN
                    ? "This task was withdrawn: the case moved on without it."
                    : "This task has already been completed.");
        }
        guards.orderedStream().forEach(guard -> guard.beforeCompletion(item, user, variables));
        Instant submitted = clock.instant();
        items.markCompleting(id, user.username(), toJson(variables), submitted);
        events.publishEvent(new WorkItemCompleted(id, item.caseId() == null ? null : new CaseId(item.caseId()),
                item.elementId(), item.title(), user.id()));
        items.discardDrafts(id);
        events.publishEvent(new CompletionStored(id, item.jobKey(), variables, submitted, item));
        return item;
    }

    /**
     * Tells the engine. Technical failures leave the item COMPLETING for the retry; only a
     * NOT_FOUND is final, and then the item is withdrawn.
     *
     * @return the state the item ends in
     */
    WorkItemState sendCompletion(WorkItemId id, long jobKey, Map<String, Object> variables,
            Instant submitted) {
        HumanTaskEngine.Outcome outcome;
        try {
            outcome = engine.complete(jobKey, variables);
        } catch (RuntimeException e) {
            metrics.completionFailed();
            log.warn("The engine did not take the completion of work item {} (job {}); it will be sent again: {}", id,
                    jobKey, e.getMessage());
            return WorkItemState.COMPLETING;
        }
        if (outcome == HumanTaskEngine.Outcome.NOT_FOUND) {
            return afterJobGone(id, jobKey);
        }
        ownTransaction.executeWithoutResult(
                tx -> items.setState(id, WorkItemState.COMPLETING, WorkItemState.COMPLETED));
        metrics.completed(Duration.between(submitted, clock.instant()));
        return WorkItemState.COMPLETED;
    }

    /**
     * The engine no longer has the job. Either an earlier send of this completion was taken and
     * only its answer was lost (a dropped connection, a crash just after sending), or the process
     * cancelled the task meanwhile. The step itself tells which; until the engine says, the
     * completion stays stored and is asked about again by the retry.
     */
    private WorkItemState afterJobGone(WorkItemId id, long jobKey) {
        RunningInstances.StepState step;
        try {
            step = items.elementInstanceKeyOf(id).map(instances.getObject()::userTaskState)
                    .orElse(RunningInstances.StepState.UNKNOWN);
        } catch (RuntimeException e) {
            log.warn("Could not ask the engine how work item {} (job {}) ended: {}", id, jobKey, e.getMessage());
            return WorkItemState.COMPLETING;
        }
        WorkItemState now = switch (step) {
            case COMPLETED -> WorkItemState.COMPLETED;
            case TERMINATED -> WorkItemState.WITHDRAWN;
            case WAITING, UNKNOWN -> WorkItemState.COMPLETING;
        };
        if (now == WorkItemState.COMPLETING) {
            log.info("Work item {} (job {}): the engine has not said yet how its step ended; asked again later", id,
                    jobKey);
            return now;
        }
        ownTransaction.executeWithoutResult(tx -> items.setState(id, WorkItemState.COMPLETING, now));
        if (now == WorkItemState.WITHDRAWN) {
            log.info("Work item {} (job {}) was no longer waiting in the engine; withdrawn", id, jobKey);
        } else {
            log.info("Work item {} (job {}) had been completed by an earlier send whose answer was lost", id, jobKey);
        }
        return now;
    }

    /** Every task open or being completed here, with the engine keys it stands for. */
    public List<OpenTask> openTasks() {
        return items.openTasks();
    }

    /**
     * Sends every completion stored before the given time that the engine has not taken, however
     * many: after a crash they are all that stands between their cases and the next step.
     *
     * @return how many reached the engine (or were found taken or withdrawn)
     */
    public int resendCompletionsStoredBefore(Instant before) {
        int sent = 0;
        WorkItemRepository.PendingCompletion last = null;
        while (true) {
            var page = items.pendingCompletions(before, last);
            for (var pending : page) {
                if (sendCompletion(pending.id(), pending.jobKey(), fromJson(pending.variablesJson()),
                        pending.submittedAt()) != WorkItemState.COMPLETING) {
                    sent++;
                }
            }
            if (page.size() < WorkItemRepository.PENDING_PAGE) {
                return sent;
            }
            last = page.getLast();
        }
    }

    /**
     * Withdraws the open items of a case that the process no longer waits for (a deadline passed,
     * another mentor volunteered, the relationship ended early), so they leave people's inboxes.
     * Each item still waiting is held for another job timeout.
     *
     * @param except an item known to be new, not worth asking about
     * @return how many items were withdrawn
     */
    public int withdrawCancelled(UUID caseId, WorkItemId except) {
        int withdrawn = 0;
        for (WorkItem item : items.forCase(caseId)) {
            // An item its person completed since it was read is no longer OPEN, and stays as it is.
            if (item.state() == WorkItemState.OPEN && !item.id().equals(except) && !askStillWaiting(item)
                    && Boolean.TRUE.equals(ownTransaction.execute(
                            tx -> items.setState(item.id(), WorkItemState.OPEN, WorkItemState.WITHDRAWN)))) {
                log.info("Work item {} ({}) was cancelled by the process; withdrawn", item.id(), item.elementId());
                updates.changed(item);
                withdrawn++;
            }
        }
        return withdrawn;
    }

    /** The slow sweep: every open item not heard of for a while. */
    public int withdrawCancelledEverywhere(Duration notSeenFor) {
        int withdrawn = 0;
        for (WorkItem item : items.openNotSeenSince(clock.instant().minus(notSeenFor))) {
            if (!askStillWaiting(item)) {
                if (Boolean.TRUE.equals(ownTransaction.execute(
                        tx -> items.setState(item.id(), WorkItemState.OPEN, WorkItemState.WITHDRAWN)))) {
                    updates.changed(item);
                    withdrawn++;
                }
            } else {
                items.seen(item.id(), clock.instant());
            }
        }
        return withdrawn;
    }

    private boolean askStillWaiting(WorkItem item) {
        try {
            return engine.stillWaiting(item.jobKey(), jobTimeout);
        } catch (RuntimeException e) {
            log.warn("Could not ask the engine about work item {}: {}", item.id(), e.getMessage());
            return true;
        }
    }

    /** The state after completing: tells a view whether the engine took it or it was withdrawn. */
    public WorkItemState stateOf(WorkItemId id) {
        return items.find(id).map(WorkItem::state).orElseThrow();
    }

    private String toJson(Map<String, Object> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variables cannot be stored: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> fromJson(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored variables are unreadable: " + e.getMessage(), e);
        }
    }
}
