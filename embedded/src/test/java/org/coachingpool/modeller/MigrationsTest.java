package org.coachingpool.modeller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.coachingpool.security.NotAllowedException;

/** Moving running instances between versions on the real engine, with their tasks following. */
class MigrationsTest extends EmbeddedStackTest {

    @Autowired ModelLibrary library;
    @Autowired Migrations migrations;
    @Autowired CamundaClient client;
    @Autowired Worklist worklist;
    @Autowired TestUsers users;

    static String twoSteps(String id, String first, String second) {
        String task = """
                <bpmn:userTask id="%s" name="%s">
                  <bpmn:extensionElements>
                    <zeebe:assignmentDefinition candidateGroups="pool-admins" />
                    <zeebe:formDefinition formKey="review-sponsor" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """;
        String steps = task.formatted("work", first) + (second == null ? "" : """
                <bpmn:sequenceFlow id="f3" sourceRef="work" targetRef="confirm" />
                """ + task.formatted("confirm", second));
        String xml = ModelLibraryTest.process(id, steps);
        return second == null ? xml : xml.replace("sourceRef=\"work\" targetRef=\"end\"",
                "sourceRef=\"confirm\" targetRef=\"end\"");
    }

    private int deploy(String xml, CurrentUser admin) {
        var draft = library.upload("x.bpmn", xml.getBytes(StandardCharsets.UTF_8), admin);
        return library.deploy(draft, "test", admin).toVersion();
    }

    private WorkItem waitingTask(long instance, String elementId) {
        CurrentUser poolAdmin = users.get("pooladmin");
        return await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(poolAdmin).stream()
                .filter(i -> i.elementId().equals(elementId)).filter(i -> instanceOf(i) == instance).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    @Autowired JdbcClient jdbc;

    private long instanceOf(WorkItem item) {
        return jdbc.sql("select process_instance_key from work_item where id = :id").param("id", item.id().value())
                .query(Long.class).single();
    }

    private long start(String processId) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
                .getProcessInstanceKey();
    }

    @Test
    void aStepRenamedInTheNewVersionNeedsAMappingOfTheSameKindAndThenTheCaseMovesAndCarriesOn() {
        CurrentUser admin = users.get("processadmin");
        int one = deploy(twoSteps("move-me", "Review", null), admin);
        long first = start("move-me");
        long second = start("move-me");
        waitingTask(first, "work");
        waitingTask(second, "work");
        String renamed = twoSteps("move-me", "Review again", "Confirm").replace("id=\"work\"", "id=\"review\"")
                .replace("targetRef=\"work\"", "targetRef=\"review\"").replace("sourceRef=\"work\"", "sourceRef=\"review\"");
        int two = deploy(renamed, admin);

        var unmapped = migrations.plan("move-me", one, two, Map.of(), Set.of(), admin);
        assertThat(unmapped.unmapped()).singleElement().satisfies(u -> {
            assertThat(u.elementId()).isEqualTo("work");
            assertThat(u.choices()).extracting(Migration.Target::elementId).containsExactly("review", "confirm");
        });
        assertThat(unmapped.cases()).hasSize(2).allSatisfy(c -> {
            assertThat(c.canMove()).isFalse();
            assertThat(c.reason()).contains("'Review'").contains("no step in version " + two);
        });
        assertThatThrownBy(() -> migrations.plan("move-me", one, two, Map.of("work", "f1"), Set.of(), admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("There is no step 'f1'");

        var outcomes = migrations.migrate("move-me", one, two, Map.of("work", "review"), Set.of(first),
                "Review renamed", admin);

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.moved()).as(o.message()).isTrue());
        WorkItem moved = waitingTask(first, "review");
        assertThat(moved.title()).isEqualTo("Review again");
        assertThat(migrations.plan("move-me", one, two, Map.of(), Set.of(), admin).cases())
                .extracting(Migration.PlannedCase::processInstanceKey).containsExactly(second);
        worklist.complete(moved.id(), "review", users.get("pooladmin"), Map.of());
        waitingTask(first, "confirm");
        assertThat(library.changes(ResourceKind.PROCESS, "move-me", admin).getFirst()).satisfies(change -> {
            assertThat(change.action()).isEqualTo(Change.Action.MIGRATE);
            assertThat(change.difference()).singleElement().asString().endsWith(": moved");
        });
    }

    @Test
    void aMappingBetweenStepsOfDifferentKindsIsRefusedWithTheReason() {
        CurrentUser admin = users.get("processadmin");
        int one = deploy(twoSteps("kinds", "Review", null), admin);
        String other = ModelLibraryTest.process("kinds", ModelLibraryTest.serviceTask("case.set-stage"))
                .replace("id=\"work\"", "id=\"automatic\"").replace("targetRef=\"work\"", "targetRef=\"automatic\"")
                .replace("sourceRef=\"work\"", "sourceRef=\"automatic\"");
        int two = deploy(other, admin);
        assertThatThrownBy(() -> migrations.plan("kinds", one, two, Map.of("work", "automatic"), Set.of(), admin))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("'Review' is a user task "
                                + "and 'Do the work' is a service task: a step can only move to a step of the same kind")));
    }

    @Test
    void onlyProcessAdminsMoveCases() {
        assertThatThrownBy(() -> migrations.plan("relationship", 1, 2, Map.of(), Set.of(), users.get("pooladmin")))
                .isInstanceOf(NotAllowedException.class);
    }
}
