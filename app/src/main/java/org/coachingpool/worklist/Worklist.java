package org.coachingpool.worklist;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coachingpool.cases.AccessRefused;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.Stage;
import org.coachingpool.people.People;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.repository.WorkItemRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Human tasks as people see them: their lists, taking and handing back a team's task, and
 * completing one.
 *
 * <p>Completing is two steps. In the caller's transaction the item becomes COMPLETING with the
 * variables for the engine stored beside it; only after that commits is the engine told
 * ({@link CompletionSender}), again later if it was out of reach, so a result a person submitted
 * is never lost and never applied twice. How items come and go with the engine's jobs is
 * {@link TaskProjection} and {@link TaskWithdrawal}.
 */
@Service
public class Worklist {

    private final WorkItemRepository items;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final InboxUpdates updates;
    private final Clock clock;
    /** Found lazily: guards are features' services, which use the worklist themselves. */
    private final ObjectProvider<CompletionGuard> guards;
    /** Searching by name looks at most this many people up: enough for any name typed in full. */
    static final int NAME_MATCHES = 1000;
    private final People people;
    /** Each item's case reference, stage and thinker, which the cases feature owns. */
    private final Cases cases;

    Worklist(WorkItemRepository items, ApplicationEventPublisher events, ObjectMapper json, InboxUpdates updates,
            Clock clock, ObjectProvider<CompletionGuard> guards, People people, Cases cases) {
        this.items = items;
        this.events = events;
        this.json = json;
        this.updates = updates;
        this.clock = clock;
        this.guards = guards;
        this.people = people;
        this.cases = cases;
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
                    item.caseId(), "a task that is not theirs: " + item.title(), item.elementId()));
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
    public List<WorkItem> ofCase(CaseId caseId) {
        return named(items.forCase(caseId));
    }

    /** The items with their cases' reference, stage and thinker, in one look-up. */
    private List<WorkItem> named(List<WorkItem> found) {
        var summaries = cases.byIds(found.stream().map(WorkItem::caseId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream().map(item -> {
            CaseSummary summary = item.caseId() == null ? null : summaries.get(item.caseId());
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
        items.markCompleting(id, user.username(), CompletionSender.toJson(json, variables), submitted);
        events.publishEvent(new WorkItemCompleted(id, item.caseId(),
                item.elementId(), item.title(), user.id()));
        items.discardDrafts(id);
        events.publishEvent(new CompletionSender.CompletionStored(id, item.jobKey(), variables, submitted, item));
        return item;
    }

    /** The state after completing: tells a view whether the engine took it or it was withdrawn. */
    public WorkItemState stateOf(WorkItemId id) {
        return items.find(id).map(WorkItem::state).orElseThrow();
    }


}
