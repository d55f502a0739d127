package org.coachingpool.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A changed task refreshes the inboxes it belongs to, and no others. */
class InboxUpdatesTest {

    private final InboxUpdates updates = new InboxUpdates();

    @AfterEach
    void stop() {
        updates.close();
    }

    @Test
    void aPersonsTaskRefreshesTheirInboxOnly() {
        var coach = count(person("coach-a", Role.COACH));
        var otherCoach = count(person("coach-b", Role.COACH));
        var admin = count(person("admin", Role.POOL_ADMIN));

        updates.changed(item("coach-a", List.of()));

        await().atMost(Duration.ofSeconds(5)).until(() -> coach.get() == 1);
        settle();
        assertThat(otherCoach.get()).isZero();
        assertThat(admin.get()).isZero();
    }

    @Test
    void aTeamTaskRefreshesTheWholeTeamEvenOnceSomeoneTookIt() {
        var admin = count(person("admin", Role.POOL_ADMIN));
        var colleague = count(person("colleague", Role.POOL_ADMIN));
        var coach = count(person("coach-a", Role.COACH));

        updates.changed(item("admin", List.of(Role.POOL_ADMIN.candidateGroup())));

        await().atMost(Duration.ofSeconds(5)).until(() -> admin.get() == 1 && colleague.get() == 1);
        settle();
        assertThat(coach.get()).isZero();
    }

    private AtomicInteger count(CurrentUser user) {
        var calls = new AtomicInteger();
        updates.subscribe(user, calls::incrementAndGet);
        return calls;
    }

    /** Lets any stray notification still queued on the notifier run before asserting it did not come. */
    private void settle() {
        var done = new AtomicInteger();
        var marker = person("marker", Role.COACH);
        updates.subscribe(marker, done::incrementAndGet);
        updates.changed(item("marker", List.of()));
        await().atMost(Duration.ofSeconds(5)).until(() -> done.get() == 1);
    }

    private static CurrentUser person(String username, Role role) {
        return new CurrentUser(new UserId(UUID.randomUUID()), username, username, Set.of(role));
    }

    private static WorkItem item(String assignee, List<String> groups) {
        return new WorkItem(new WorkItemId(UUID.randomUUID()), 1L, new CaseId(UUID.randomUUID()), "CP-1", "SESSIONS", "log-session",
                "Log a session", "session-log", assignee, groups, null, WorkItemState.OPEN, Instant.now(), 1L, 1,
                Map.of(), !groups.isEmpty(), "Priya Shah", null);
    }
}
