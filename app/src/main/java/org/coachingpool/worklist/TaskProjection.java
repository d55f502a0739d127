package org.coachingpool.worklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.coachingpool.definitions.ProcessDefinitions;
import org.coachingpool.worklist.repository.WorkItemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist as a copy of the engine's human tasks: one work item per job, whatever how often
 * the engine hands it out, titled as the model names the step, and following its process when a
 * process admin moves it to another version.
 */
@Service
public class TaskProjection {

    private static final Logger log = LoggerFactory.getLogger(TaskProjection.class);

    private final WorkItemRepository items;
    private final ProcessDefinitions definitions;
    private final ApplicationEventPublisher events;
    private final WorklistMetrics metrics;
    private final Clock clock;
    private final ObjectMapper json;

    TaskProjection(WorkItemRepository items, ProcessDefinitions definitions, ApplicationEventPublisher events,
            WorklistMetrics metrics, Clock clock, ObjectMapper json) {
        this.items = items;
        this.definitions = definitions;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
        this.json = json;
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
        events.publishEvent(new CompletionSender.CompletionStored(id, stored.get().jobKey(),
                CompletionSender.fromJson(json, stored.get().variablesJson()),
                stored.get().submittedAt(), null));
    }

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

    /** Every task open or being completed here, with the engine keys it stands for. */
    public List<OpenTask> openTasks() {
        return items.openTasks();
    }
}
