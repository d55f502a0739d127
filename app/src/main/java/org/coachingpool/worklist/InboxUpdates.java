package org.coachingpool.worklist;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coachingpool.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open inboxes that their tasks changed, once the change is committed, so a new task
 * appears without a reload. Views subscribe while they are shown.
 */
@Component
public class InboxUpdates {

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
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    public Subscription subscribe(CurrentUser user, Runnable onChange) {
        var subscriber = new Subscriber(user.username(), user.candidateGroups(), onChange);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @TransactionalEventListener
    void opened(WorkItemOpened opened) {
        subscribers.stream().filter(s -> s.concerns(opened)).forEach(s -> s.onChange().run());
    }

    /** Something else changed (completed, withdrawn, claimed): every open inbox looks again. */
    void changed() {
        subscribers.forEach(s -> s.onChange().run());
    }
}
