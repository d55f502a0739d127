package org.coachingpool.worklist;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Consumer;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.ui.InboxView;
import org.springframework.stereotype.Component;

/**
 * The common start of every task page. The item id comes from the address. A task the person
 * can no longer act on (done, no longer needed, taken by a colleague) opens read-only, saying who
 * and when, with links to the case and the task list, so a back button, a second tab or an old
 * link never shows a live form. A task that does not exist or was never theirs shows one plain
 * message, whichever it was, so a guessed address tells nothing.
 */
@Component
public class TaskPages {

    public static final String UNAVAILABLE = "Task not available";
    private static final String EXPLANATION = "This task does not exist, is not yours, or was already done.";

    private final Worklist worklist;

    TaskPages(Worklist worklist) {
        this.worklist = worklist;
    }

    /**
     * Builds the page for the task named by the route's "item" parameter.
     *
     * @param build adds the task's content; throws {@link WorkItemUnavailableException} when the
     *     service refuses the task
     * @return the task's id when the live page was built
     */
    public Optional<WorkItemId> open(BeforeEnterEvent event, HasComponents page, CurrentUser user,
            Consumer<WorkItemId> build) {
        return open(event, page, user, EXPLANATION, build);
    }

    public Optional<WorkItemId> open(BeforeEnterEvent event, HasComponents page, CurrentUser user, String explanation,
            Consumer<WorkItemId> build) {
        page.removeAll();
        WorkItemId id;
        try {
            id = WorkItemId.parse(event.getRouteParameters().get(TaskRoute.ITEM).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            unavailable(page, explanation);
            return Optional.empty();
        }
        var past = worklist.pastTask(id, user);
        if (past.isPresent()) {
            showPast(page, past.get());
            return Optional.empty();
        }
        try {
            build.accept(id);
            // Every task links to its case, right under the task's heading.
            WorkItem item = worklist.get(id, user);
            if (item.caseId() != null) {
                page.addComponentAtIndex(Math.min(1, page.getElement().getChildCount()),
                        caseLink(item.caseId(), item.caseReference()));
            }
            return Optional.of(id);
        } catch (WorkItemUnavailableException refused) {
            page.removeAll();
            worklist.pastTask(id, user).ifPresentOrElse(done -> showPast(page, done),
                    () -> unavailable(page, explanation));
            return Optional.empty();
        }
    }

    /**
     * Sends a task page's answer, the same way on every task page: on success it says so and
     * returns to the task list; problems the person can correct all show in the error summary,
     * with the buttons usable again; a task that went away meanwhile (done in another tab,
     * withdrawn) says so and returns to the task list. Nothing is lost either way: services store
     * nothing when they refuse.
     */
    public static void submit(ErrorSummary errors, Runnable send, String done, Button... buttons) {
        errors.clear();
        try {
            send.run();
            Notification.show(done, 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            toTaskList();
        } catch (InvalidInputException problem) {
            errors.show(problem);
            for (Button button : buttons) {
                button.setEnabled(true);
            }
        } catch (WorkItemUnavailableException gone) {
            Notification.show(gone.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            toTaskList();
        }
    }

    /** Back to the person's task list, by its view class. */
    public static void toTaskList() {
        UI.getCurrent().navigate(InboxView.class);
    }

    /** The link from a task to its case's page, where the person sees what has happened so far. */
    static Anchor caseLink(CaseId caseId, String reference) {
        var link = new Anchor(CaseNavigation.path(caseId), "Case " + reference + ": see what has happened so far");
        link.addClassName("task-case-link");
        return link;
    }

    private static void unavailable(HasComponents page, String explanation) {
        page.add(new H1(UNAVAILABLE), new Paragraph(explanation), new Anchor("", "Go to your tasks"));
    }

    private static void showPast(HasComponents page, PastTask task) {
        String when = task.at() == null ? "" : " on " + UkDates.dateTime(task.at());
        String what = switch (task.status()) {
            case COMPLETED -> "This task was done" + (task.by() == null ? "" : " by " + task.by()) + when
                    + ". There is nothing more to do here.";
            case WITHDRAWN -> "This task is no longer needed" + when + ": the case moved on without it. There is "
                    + "nothing to do here.";
            case TAKEN -> (task.by() == null ? "A colleague" : task.by()) + " is doing this task" + when
                    + ". There is nothing for you to do here unless they hand it back.";
        };
        page.add(new H1(task.title() + (task.caseReference() == null ? "" : " " + task.caseReference())),
                new Paragraph(what));
        if (task.caseId() != null) {
            page.add(new Anchor(CaseNavigation.path(task.caseId()), "See case " + task.caseReference()
                    + ": what was decided and what happens next"));
        }
        page.add(new Anchor("", "Go to your tasks"));
    }
}
