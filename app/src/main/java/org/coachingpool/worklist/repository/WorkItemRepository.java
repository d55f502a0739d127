package org.coachingpool.worklist.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.ids.TypedId;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.NewWorkItem;
import org.coachingpool.worklist.OpenTask;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for work items and their drafts. Only the worklist feature uses it. Items come back without
 * their case's reference, stage and thinker: the cases feature owns those, and the service adds them.
 */
@Repository
public class WorkItemRepository {

    private static final String SELECT = """
            select w.id, w.job_key, w.case_id, w.element_id, w.title, w.form_key, w.assignee,
                   w.candidate_groups, w.due_at, w.state, w.created_at, w.process_definition_key, w.process_version,
                   w.context::text as context, w.offered_to_group
            from work_item w
            """;

    private final JdbcClient jdbc;

    WorkItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a job the engine handed out. The same job comes again after each job timeout; it
     * stays one row, so a task is never shown twice.
     *
     * @return true when the row is new
     */
    public boolean upsert(NewWorkItem item, String title, Instant now) {
        int inserted = jdbc.sql("""
                        insert into work_item (id, job_key, case_id, process_instance_key, element_instance_key,
                            bpmn_process_id, process_definition_key, process_version, element_id, title, assignee,
                            candidate_groups, due_at, form_key, state, created_at, last_activated_at, context,
                            offered_to_group)
                        values (:id, :jobKey, :caseId, :pik, :eik, :bpmnProcessId, :pdk, :version, :elementId, :title,
                            :assignee, :groups, :dueAt, :formKey, 'OPEN', :now, :now, cast(:context as jsonb),
                            :offeredToGroup)
                        on conflict (job_key) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("jobKey", item.jobKey())
                .param("caseId", TypedId.valueOf(item.caseId()), Types.OTHER)
                .param("pik", item.processInstanceKey())
                .param("eik", item.elementInstanceKey())
                .param("bpmnProcessId", item.bpmnProcessId())
                .param("pdk", item.processDefinitionKey())
                .param("version", item.processVersion())
                .param("elementId", item.elementId())
                .param("title", title)
                .param("assignee", item.assignee())
                .param("groups", item.candidateGroups().toArray(String[]::new))
                .param("dueAt", item.dueAt() == null ? null : Timestamp.from(item.dueAt()))
                .param("formKey", item.formKey())
                .param("context", json(item.context()))
                .param("offeredToGroup", item.assignee() == null)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("update work_item set last_activated_at = :now where job_key = :jobKey")
                    .param("now", Timestamp.from(now))
                    .param("jobKey", item.jobKey())
                    .update();
        }
        return inserted == 1;
    }

    /** Open items assigned to the user, or unassigned and offered to one of their groups. */
    public List<WorkItem> openFor(String username, List<String> groups) {
        return jdbc.sql(SELECT + """
                        where w.state = 'OPEN'
                          and (w.assignee = :username or (w.assignee is null and w.candidate_groups && cast(:groups as text[])))
                        order by w.due_at nulls last, w.created_at
                        """)
                .param("username", username)
                .param("groups", groups.toArray(String[]::new))
                .query(WorkItemRepository::map)
                .list();
    }

    /**
     * The most urgent open items of the user that match the filters, at most {@code limit}, and
     * how many match in all.
     *
     * @param pattern an ILIKE pattern on the title, or null
     * @param casesMatching cases whose items match the pattern too (by reference or thinker, found by the caller)
     * @param casesInStage only items of these cases, or null for any
     * @param elementId one kind of task, or null
     * @param dueBefore only items due before it, or null
     */
    public Page openFor(String username, List<String> groups, String pattern, List<CaseId> casesMatching,
            List<CaseId> casesInStage, String elementId, Instant dueBefore, int limit) {
        var total = new AtomicInteger();
        List<WorkItem> found = jdbc.sql("""
                        select x.*, count(*) over () as total from (
                        """ + SELECT + """
                        where w.state = 'OPEN'
                          and (w.assignee = :username or (w.assignee is null and w.candidate_groups && cast(:groups as text[])))
                          and (cast(:pattern as text) is null or w.title ilike :pattern or w.case_id = any(:matching))
                          and (not :byStage or w.case_id = any(:inStage))
                          and (cast(:element as text) is null or w.element_id = :element)
                          and (cast(:dueBefore as timestamptz) is null or w.due_at < :dueBefore)
                        ) x
                        order by x.due_at nulls last, x.created_at
                        limit :limit
                        """)
                .param("username", username)
                .param("groups", groups.toArray(String[]::new))
                .param("pattern", pattern)
                .param("matching", casesMatching.stream().map(CaseId::value).toArray(UUID[]::new))
                .param("byStage", casesInStage != null)
                .param("inStage", casesInStage == null ? new UUID[0]
                        : casesInStage.stream().map(CaseId::value).toArray(UUID[]::new))
                .param("element", elementId)
                .param("dueBefore", dueBefore == null ? null : Timestamp.from(dueBefore), Types.TIMESTAMP)
                .param("limit", limit)
                .query((rs, row) -> {
                    total.set(rs.getInt("total"));
                    return map(rs, row);
                })
                .list();
        return new Page(found, total.get());
    }

    /** The kinds of task open for the user, by element id, with their titles. */
    public Map<String, String> openTaskKinds(String username, List<String> groups) {
        var kinds = new TreeMap<String, String>();
        jdbc.sql("""
                        select distinct w.element_id, w.title from work_item w
                        where w.state = 'OPEN'
                          and (w.assignee = :username or (w.assignee is null and w.candidate_groups && cast(:groups as text[])))
                        """)
                .param("username", username)
                .param("groups", groups.toArray(String[]::new))
                .query((rs, row) -> kinds.putIfAbsent(rs.getString("element_id"), rs.getString("title")))
                .list();
        return kinds;
    }

    /** Some of the matching items, and how many match in all. */
    /** The open tasks of a process instance, by element instance: what a migration moves. */
    public List<WorkItem> openOfProcessInstance(long processInstanceKey) {
        return jdbc.sql(SELECT + " where w.process_instance_key = :pik and w.state in ('OPEN', 'COMPLETING')")
                .param("pik", processInstanceKey).query(WorkItemRepository::map).list();
    }

    /** After the engine migrated a task: the same job, now on another definition, version and element. */
    public void moved(WorkItemId id, long definitionKey, String bpmnProcessId, int version, String elementId,
            String title) {
        jdbc.sql("""
                        update work_item set process_definition_key = :key, bpmn_process_id = :processId,
                            process_version = :version, element_id = :element, title = :title, version = version + 1
                        where id = :id
                        """)
                .param("key", definitionKey).param("processId", bpmnProcessId).param("version", version)
                .param("element", elementId).param("title", title).param("id", id.value()).update();
    }

    public record Page(List<WorkItem> items, int total) {
    }

    public WorkItemId idOfJob(long jobKey) {
        return new WorkItemId(jdbc.sql("select id from work_item where job_key = :jobKey").param("jobKey", jobKey)
                .query(UUID.class).single());
    }

    /** How many open items wait for the user: the number on the inbox badge. */
    public int countOpenFor(String username, List<String> groups) {
        return jdbc.sql("""
                        select count(*) from work_item w
                        where w.state = 'OPEN'
                          and (w.assignee = :username or (w.assignee is null and w.candidate_groups && cast(:groups as text[])))
                        """)
                .param("username", username)
                .param("groups", groups.toArray(String[]::new))
                .query(Integer.class).single();
    }

    /** Takes an open group task for one person; false when someone else was quicker. */
    public boolean claim(WorkItemId id, String username, Instant now) {
        return jdbc.sql("""
                        update work_item set assignee = :username, claimed_by = :username, claimed_at = :now,
                            version = version + 1
                        where id = :id and state = 'OPEN' and offered_to_group and assignee is null
                        """)
                .param("id", id.value()).param("username", username).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Gives a claimed task back to its group; false when it was not this person's claim. */
    public boolean handBack(WorkItemId id, String username) {
        return jdbc.sql("""
                        update work_item set assignee = null, claimed_by = null, claimed_at = null, version = version + 1
                        where id = :id and state = 'OPEN' and offered_to_group and assignee = :username
                        """)
                .param("id", id.value()).param("username", username)
                .update() == 1;
    }

    public Optional<WorkItem> find(WorkItemId id) {
        return jdbc.sql(SELECT + " where w.id = :id").param("id", id.value()).query(WorkItemRepository::map).optional();
    }

    /**
     * Who completed or took an item and when; for the page a person
     * sees when they open a task that is no longer theirs to do.
     */
    public Optional<Outcome> outcome(WorkItemId id) {
        return jdbc.sql("""
                        select w.completed_by, w.completed_at, w.claimed_by, w.claimed_at, w.last_activated_at
                        from work_item w
                        where w.id = :id
                        """)
                .param("id", id.value())
                .query((rs, row) -> new Outcome(rs.getString("completed_by"), instant(rs.getTimestamp("completed_at")),
                        rs.getString("claimed_by"), instant(rs.getTimestamp("claimed_at")),
                        instant(rs.getTimestamp("last_activated_at"))))
                .optional();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /** Usernames of who completed and who took an item, and when. */
    public record Outcome(String completedBy, Instant completedAt, String claimedBy, Instant claimedAt,
            Instant lastSeenAt) {
    }

    public List<WorkItem> forCase(CaseId caseId) {
        return jdbc.sql(SELECT + " where w.case_id = :caseId order by w.created_at")
                .param("caseId", caseId.value())
                .query(WorkItemRepository::map)
                .list();
    }

    /** Locks the row for a state change; the lock serialises two tabs completing the same item. */
    /** Drafts of a completed task: what was sent is kept elsewhere; half-written text is not. */
    public void discardDrafts(WorkItemId id) {
        jdbc.sql("delete from task_draft where work_item_id = :id").param("id", id.value()).update();
    }

    public Optional<WorkItem> lock(WorkItemId id) {
        return jdbc.sql(SELECT + " where w.id = :id for update").param("id", id.value())
                .query(WorkItemRepository::map).optional();
    }

    public Optional<Long> elementInstanceKeyOf(WorkItemId id) {
        return jdbc.sql("select element_instance_key from work_item where id = :id").param("id", id.value())
                .query(Long.class).optional();
    }

    public void markCompleting(WorkItemId id, String username, String resultJson, Instant now) {
        jdbc.sql("""
                        update work_item set state = 'COMPLETING', completed_by = :username, completed_at = :now,
                            result = cast(:result as jsonb), version = version + 1
                        where id = :id and state = 'OPEN'
                        """)
                .param("id", id.value())
                .param("username", username)
                .param("result", resultJson)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** @return false when the item was no longer in {@code from} (someone completed it meanwhile, say) */
    public boolean setState(WorkItemId id, WorkItemState from, WorkItemState to) {
        boolean changed = jdbc.sql("update work_item set state = :to, version = version + 1 where id = :id and state = :from")
                .param("id", id.value())
                .param("from", from.name())
                .param("to", to.name())
                .update() == 1;
        if (changed && to == WorkItemState.WITHDRAWN) {
            // Nobody can resume a withdrawn task; half-written private text goes with it.
            discardDrafts(id);
        }
        return changed;
    }

    /** Open items whose job the engine last confirmed before the given time, oldest first. */
    public List<WorkItem> openNotSeenSince(Instant before) {
        return jdbc.sql(SELECT + " where w.state = 'OPEN' and w.last_activated_at < :before order by w.last_activated_at limit 200")
                .param("before", Timestamp.from(before))
                .query(WorkItemRepository::map)
                .list();
    }

    public void seen(WorkItemId id, Instant now) {
        jdbc.sql("update work_item set last_activated_at = :now where id = :id")
                .param("id", id.value()).param("now", Timestamp.from(now)).update();
    }

    /** How many pending completions {@link #pendingCompletions} returns at most. */
    public static final int PENDING_PAGE = 100;

    /**
     * Completions stored before the given time but not yet taken by the engine, oldest first, a
     * page at a time: the page after {@code after} (null for the first).
     */
    public List<PendingCompletion> pendingCompletions(Instant olderThan, PendingCompletion after) {
        return jdbc.sql("""
                        select id, job_key, result::text as result, completed_at from work_item
                        where state = 'COMPLETING' and completed_at < :olderThan
                          and (completed_at, id) > (:afterAt, :afterId)
                        order by completed_at, id limit :page
                        """)
                .param("page", PENDING_PAGE)
                .param("olderThan", Timestamp.from(olderThan))
                .param("afterAt", Timestamp.from(after == null ? Instant.EPOCH : after.submittedAt()))
                .param("afterId", after == null ? new UUID(0, 0) : after.id().value())
                .query((rs, row) -> new PendingCompletion(new WorkItemId(rs.getObject("id", UUID.class)),
                        rs.getLong("job_key"), rs.getString("result"), rs.getTimestamp("completed_at").toInstant()))
                .list();
    }

    /** Every item still open or completing, with where in the engine it stands: for reconciliation. */
    public List<OpenTask> openTasks() {
        return jdbc.sql("""
                        select id, element_instance_key, process_instance_key, element_id, case_id, state, created_at,
                               completed_at
                        from work_item where state in ('OPEN', 'COMPLETING')
                        """)
                .query((rs, row) -> new OpenTask(new WorkItemId(rs.getObject("id", UUID.class)),
                        rs.getLong("element_instance_key"), rs.getLong("process_instance_key"), rs.getString("element_id"),
                        TypedId.read(rs, "case_id", CaseId::new), WorkItemState.valueOf(rs.getString("state")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant()))
                .list();
    }

    /** What was sent to the engine for a completed item, if it is one. */
    public Optional<PendingCompletion> storedCompletion(WorkItemId id) {
        return jdbc.sql("""
                        select id, job_key, coalesce(result::text, '{}') as result, completed_at from work_item
                        where id = :id and state = 'COMPLETED'
                        """)
                .param("id", id.value())
                .query((rs, row) -> new PendingCompletion(id, rs.getLong("job_key"), rs.getString("result"),
                        rs.getTimestamp("completed_at").toInstant()))
                .optional();
    }

    /** @param submittedAt when the person submitted it */
    public record PendingCompletion(WorkItemId id, long jobKey, String variablesJson, Instant submittedAt) {
    }

    /** The titles of these items, by id. */
    public Map<WorkItemId, String> titles(Collection<WorkItemId> ids) {
        return jdbc.sql("select id, title from work_item where id = any(:ids)")
                .param("ids", ids.stream().map(WorkItemId::value).toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(TypedId.read(rs, "id", WorkItemId::new), rs.getString("title")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A step of a case someone completed: its title, when and by whom (a username). */
    public record Done(String title, Instant at, String by) {
    }

    public List<Done> completed(CaseId caseId) {
        return jdbc.sql("""
                        select title, completed_at, completed_by from work_item
                        where case_id = :id and state = 'COMPLETED' order by completed_at
                        """)
                .param("id", caseId.value())
                .query((rs, row) -> new Done(rs.getString("title"), rs.getTimestamp("completed_at").toInstant(),
                        rs.getString("completed_by")))
                .list();
    }

    /** Keeps the author's draft of an item (sealed by the caller), replacing an earlier one. */
    public void saveDraft(WorkItemId item, UserId author, String sealedValues, Instant now) {
        jdbc.sql("""
                        insert into task_draft (work_item_id, author_id, values_json, saved_at)
                        values (:item, :author, :values, :now)
                        on conflict (work_item_id, author_id) do update set values_json = excluded.values_json,
                            saved_at = excluded.saved_at
                        """)
                .param("item", item.value()).param("author", author.value()).param("values", sealedValues)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The author's sealed draft of an item still open, if any. */
    public Optional<String> draft(WorkItemId item, UserId author) {
        return jdbc.sql("""
                        select d.values_json from task_draft d join work_item w on w.id = d.work_item_id
                        where d.work_item_id = :item and d.author_id = :author and w.state = 'OPEN'
                        """)
                .param("item", item.value()).param("author", author.value())
                .query(String.class).optional();
    }

    private static WorkItem map(ResultSet rs, int row) throws SQLException {
        var due = rs.getTimestamp("due_at");
        return new WorkItem(
                TypedId.read(rs, "id", WorkItemId::new),
                rs.getLong("job_key"),
                TypedId.read(rs, "case_id", CaseId::new),
                null,
                null,
                rs.getString("element_id"),
                rs.getString("title"),
                rs.getString("form_key"),
                rs.getString("assignee"),
                Arrays.asList((String[]) rs.getArray("candidate_groups").getArray()),
                due == null ? null : due.toInstant(),
                WorkItemState.valueOf(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("process_definition_key"),
                rs.getInt("process_version"),
                parse(rs.getString("context")),
                rs.getBoolean("offered_to_group"),
                null,
                null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String json(Map<String, Object> context) {
        try {
            return JSON.writeValueAsString(context == null ? Map.of() : context);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("task context cannot be stored", e);
        }
    }

    private static Map<String, Object> parse(String text) {
        try {
            return text == null ? Map.of()
                    : JSON.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored task context is unreadable", e);
        }
    }
}
