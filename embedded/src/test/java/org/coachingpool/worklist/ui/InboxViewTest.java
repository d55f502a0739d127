package org.coachingpool.worklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class InboxViewTest extends ViewTest {

    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Worklist worklist;
    @Autowired TestPool pool;
    @Autowired JdbcClient jdbc;

    @Test
    void aPoolAdminTakesATeamTaskAndHandsItBack() {
        WorkItem triage = triageTask();
        signInAndOpen("pooladmin", "");
        InboxView inbox = _get(InboxView.class);
        assertThat(rows(inbox)).contains(triage.id().toString());
        // Issue 28: the buttons are explained, one column sorts at a time, and triage has a due date.
        assertThat(inbox.howTo.getText()).contains("Choose Open to see a task", "Take puts one in your name",
                "Hand back returns it to the team");
        assertThat(inbox.grid.isMultiSort()).isFalse();
        assertThat(inbox.grid.getSortOrder()).hasSize(1);
        assertThat(triage.dueAt()).as("the pool team's triage is due within the pool setting, 3 days")
                .isNotNull().isBefore(Instant.now().plus(Duration.ofDays(3).plusHours(1)));

        _click(button(inbox, "Take " + triage.title() + " for case " + triage.caseReference()));
        CurrentUser colleague = users.get("processadmin");
        assertThat(worklist.inbox(colleague)).noneMatch(i -> i.id().equals(triage.id()));
        assertThat(worklist.inbox(users.get("pooladmin"))).anyMatch(i -> i.id().equals(triage.id()) && i.isClaimed());

        _click(button(inbox, "Hand back " + triage.title() + " for case " + triage.caseReference()));
        assertThat(worklist.inbox(colleague)).anyMatch(i -> i.id().equals(triage.id()) && i.isClaimable());
    }

    @Test
    void twoAdminsTakingTheSameTaskLeaveItWithTheFirst() {
        WorkItem triage = triageTask();
        worklist.claim(triage.id(), users.get("pooladmin"));
        assertThatThrownBy(() -> worklist.claim(triage.id(), users.get("processadmin")))
                .isInstanceOf(WorkItemUnavailableException.class);
        assertThat(worklist.get(triage.id(), users.get("pooladmin")).assignee()).isEqualTo("pooladmin");
    }

    @Test
    void aTaskNamedForSomeoneCannotBeTakenOrHandedBack() {
        CurrentUser sponsor = users.get("sponsor");
        CaseId id = submit();
        WorkItem endorse = awaitItem(sponsor, id, RelationshipProcess.TASK_ENDORSE);
        assertThat(endorse.isClaimable()).isFalse();
        assertThatThrownBy(() -> worklist.handBack(endorse.id(), sponsor))
                .isInstanceOf(WorkItemUnavailableException.class);
    }

    @Test
    void theFilterFindsTasksByCaseReference() {
        WorkItem triage = triageTask();
        signInAndOpen("pooladmin", "");
        InboxView inbox = _get(InboxView.class);
        _setValue(inbox.search, triage.caseReference());
        assertThat(inbox.grid.getListDataView().getItems().map(WorkItem::caseReference).distinct().toList())
                .containsExactly(triage.caseReference());
        _setValue(inbox.search, "no such case");
        assertThat(inbox.empty.isVisible()).isTrue();
        assertThat(inbox.empty.getText()).contains("No task matches");
    }

    @Test
    void aLongInboxShowsTheMostUrgentAndTheFiltersReachTheRest() {
        String coach = pool.coach();
        // More open tasks than one screen shows; the least urgent one has a distinctive title.
        jdbc.sql("""
                        insert into work_item (id, job_key, process_instance_key, element_instance_key, bpmn_process_id,
                            process_definition_key, process_version, element_id, title, assignee, candidate_groups,
                            state, created_at, last_activated_at, due_at)
                        select gen_random_uuid(), -(floor(random() * 1e12)::bigint * 1000 + g), g, g, 'relationship', 1, 1,
                            case when g = :n then 'reflect' else 'log-session' end,
                            case when g = :n then 'Needle in the haystack' else 'Log a session' end,
                            :coach, '{}', 'OPEN', now(), now(), now() + (g || ' hours')::interval - interval '30 minutes'
                        from generate_series(1, :n) g
                        """)
                .param("coach", coach).param("n", InboxView.SHOWN + 50).update();
        signInAndOpen(coach, "");
        InboxView inbox = _get(InboxView.class);

        assertThat(inbox.grid.getListDataView().getItemCount()).isEqualTo(InboxView.SHOWN);
        assertThat(inbox.partial.isVisible()).isTrue();
        assertThat(inbox.partial.getText()).isEqualTo("Showing the 200 most urgent of 250 tasks. Use the filters to find"
                + " the others.");
        assertThat(inbox.grid.getListDataView().getItems()).noneMatch(i -> i.title().startsWith("Needle"));

        _setValue(inbox.search, "needle");
        assertThat(inbox.grid.getListDataView().getItems()).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Needle in the haystack"));
        assertThat(inbox.partial.isVisible()).isFalse();

        _setValue(inbox.search, "");
        _setValue(inbox.kind, "reflect");
        assertThat(inbox.kind.getItemLabelGenerator().apply("reflect")).isEqualTo("Needle in the haystack");
        assertThat(inbox.grid.getListDataView().getItems()).extracting(WorkItem::title)
                .containsExactly("Needle in the haystack");

        _setValue(inbox.kind, InboxView.ALL_TASKS);
        _setValue(inbox.due, InboxView.Due.WEEK);
        assertThat(inbox.grid.getListDataView().getItemCount()).as("due within 168 hours").isEqualTo(168);
        _setValue(inbox.due, InboxView.Due.OVERDUE);
        assertThat(inbox.empty.getText()).isEqualTo("No task matches those filters.");
    }

    @Test
    void aNewTaskAppearsInAnOpenInboxAndOnTheBadgeWithoutAReload() {
        signInAndOpen("sponsor", "");
        InboxView inbox = _get(InboxView.class);
        MainLayout layout = _get(MainLayout.class);
        long before = inbox.grid.getListDataView().getItems().count();

        CaseId id = submit();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip();
            return inbox.grid.getListDataView().getItems().anyMatch(i -> id.equals(i.caseId()));
        });
        assertThat(inbox.grid.getListDataView().getItems().count()).isEqualTo(before + 1);
        var badge = _find(layout, Span.class).stream()
                .filter(span -> "open tasks".equals(span.getElement().getAttribute("aria-label"))).findFirst()
                .orElseThrow();
        assertThat(badge.getText()).isEqualTo(Long.toString(before + 1));
    }

    private List<String> rows(InboxView inbox) {
        return inbox.grid.getListDataView().getItems().map(i -> i.id().toString()).toList();
    }

    /** The grid renders a row's buttons only when asked, as a browser would when it shows the row. */
    private static Button button(InboxView inbox, String ariaLabel) {
        for (int row = 0; row < GridKt._size(inbox.grid); row++) {
            var cell = GridKt._getCellComponent(inbox.grid, row, "actions");
            var found = _find(cell, Button.class).stream()
                    .filter(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label"))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new AssertionError("no button " + ariaLabel);
    }

    private CaseId submit() {
        return requests.submit(users.get("thinker"), new NewRequest(KindWanted.COACHING,
                Set.of(DevelopmentArea.LEADERSHIP), "Lead well", users.get("sponsor").id()), UUID.randomUUID());
    }

    private WorkItem triageTask() {
        CurrentUser sponsor = users.get("sponsor");
        CaseId id = submit();
        endorsements.decide(awaitItem(sponsor, id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));
        return awaitItem(users.get("pooladmin"), id, RelationshipProcess.TASK_TRIAGE);
    }

    private WorkItem awaitItem(CurrentUser user, CaseId id, String elementId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(user).stream()
                .filter(i -> id.equals(i.caseId()) && i.elementId().equals(elementId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
