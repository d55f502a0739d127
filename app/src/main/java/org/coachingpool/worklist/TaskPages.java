package org.coachingpool.worklist;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The common start of every task page: the item id comes from the address, and a task that
 * does not exist, is someone else's or is done shows one plain message, whichever it was, so a
 * guessed address tells nothing.
 */
public final class TaskPages {

    public static final String UNAVAILABLE = "Task not available";
    private static final String EXPLANATION = "This task does not exist, is not yours, or was already done.";

    private TaskPages() {
    }

    /**
     * Builds the page for the task named by the route's "item" parameter.
     *
     * @param build adds the task's content; throws {@link WorkItemUnavailableException} when the
     *     service refuses the task
     * @return the task's id when the page was built
     */
    public static Optional<WorkItemId> open(BeforeEnterEvent event, HasComponents page, Consumer<WorkItemId> build) {
        return open(event, page, EXPLANATION, build);
    }

    public static Optional<WorkItemId> open(BeforeEnterEvent event, HasComponents page, String explanation,
            Consumer<WorkItemId> build) {
        page.removeAll();
        WorkItemId id;
        try {
            id = WorkItemId.parse(event.getRouteParameters().get("item").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            page.add(new H1(UNAVAILABLE), new Paragraph(explanation));
            return Optional.empty();
        }
        try {
            build.accept(id);
            return Optional.of(id);
        } catch (WorkItemUnavailableException refused) {
            page.removeAll();
            page.add(new H1(UNAVAILABLE), new Paragraph(explanation));
            return Optional.empty();
        }
    }
}
