package org.coachingpool.worklist;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.coachingpool.security.CurrentUser;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open inboxes that their tasks changed, once the change is committed, so a new task
 * appears without a reload. Views subscribe while they are shown.
 *
 * <p>Callbacks run on a thread of their own: a view's callback calls {@code UI.access}, which
 * Vaadin may run at once on the calling thread, under that view's session. Done on a request
 * thread that belongs to another user's session, that corrupts the request (Vaadin asserts on
 * it), so neither request threads nor job workers ever run them.
 */
@Component
public class InboxUpdates implements AutoCloseable {

    /** A subscription; close it when the view goes away. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(String username, Set<String> groups, Runnable onChange) {
        boolean concerns(WorkItemOpened opened) {
            return username.equals(opened.assignee())
                    || (opened.assignee() == null && opened.candidateGroups().stream().anyMatch(groups::contains));
        }

        /** Its assignee, and everyone in its groups: taking or handing back a team task changes their lists. */
        boolean concerns(WorkItem item) {
            return username.equals(item.assignee()) || item.candidateGroups().stream().anyMatch(groups::contains);
        }
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().name("inbox-updates").daemon().factory());

    public Subscription subscribe(CurrentUser user, Runnable onChange) {
        var subscriber = new Subscriber(user.username(), user.candidateGroups(), onChange);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener
    void opened(WorkItemOpened opened) {
        subscribers.stream().filter(s -> s.concerns(opened)).forEach(this::notify);
    }

    /**
     * An item was completed, withdrawn, taken or handed back: the inboxes it was or is in look
     * again. Only those: every open inbox reloading on every change would not scale.
     */
    void changed(WorkItem item) {
        subscribers.stream().filter(s -> s.concerns(item)).forEach(this::notify);
    }

    private void notify(Subscriber subscriber) {
        notifier.execute(() -> {
            try {
                subscriber.onChange().run();
            } catch (RuntimeException e) {
                // A closed browser tab or an expired session: nothing to update.
                LoggerFactory.getLogger(InboxUpdates.class).debug("inbox update not delivered", e);
            }
        });
    }

    @Override
    public void close() {
        notifier.shutdownNow();
    }
}
