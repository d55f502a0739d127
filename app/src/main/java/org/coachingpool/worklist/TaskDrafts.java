package org.coachingpool.worklist;

import org.coachingpool.encryption.TextVault;
import org.coachingpool.platform.StorableText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.repository.WorkItemRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Half-filled task screens kept for their author to resume, whatever the screen. A draft is
 * read by nobody but its author, never reaches the engine, and goes when the task is completed.
 */
@Service
public class TaskDrafts {

    static final int MAX_FIELDS = 50;
    static final int MAX_VALUE = 20_000;

    private final Worklist worklist;
    private final WorkItemRepository items;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final TextVault vault;
    /** A draft holds whatever the author has typed so far, notes included: sealed like the answers. */
    static final String DRAFT = "task_draft.values_json";

    TaskDrafts(Worklist worklist, WorkItemRepository items, Clock clock, TextVault vault) {
        this.vault = vault;
        this.worklist = worklist;
        this.items = items;
        this.clock = clock;
    }

    /**
     * @throws WorkItemUnavailableException when the task is not the author's or not open any more
     * @throws InvalidInputException when the draft is too large to keep
     */
    @Transactional
    public void save(WorkItemId itemId, CurrentUser author, Map<String, String> values) {
        WorkItem item = worklist.get(itemId, author);
        if (item.state() != WorkItemState.OPEN) {
            throw new WorkItemUnavailableException("This task has already been completed.");
        }
        if (values.size() > MAX_FIELDS || values.values().stream().anyMatch(v -> v != null && v.length() > MAX_VALUE)) {
            throw new InvalidInputException("draft", "This draft is too long to keep: shorten the longest answer.");
        }
        values.forEach((field, value) -> StorableText.require(field, "this answer", value));
        items.saveDraft(itemId, author.id(), vault.seal(toJson(values), DRAFT), clock.instant());
    }

    /** The author's own draft of the task, or nothing. */
    public Map<String, String> load(WorkItemId itemId, CurrentUser author) {
        return items.draft(itemId, author.id()).map(sealed -> fromJson(vault.open(sealed, DRAFT))).orElse(Map.of());
    }

    private String toJson(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved draft is unreadable", e);
        }
    }
}
