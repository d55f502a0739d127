package org.coachingpool.benchmark;

import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.modeller.DraftId;
import org.coachingpool.modeller.Migrations;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process library at work, printed, never asserted: the app's checks on the relationship
 * process; from a deploy to the first new instance on the new version; migrating 1,000 running
 * instances. Run with {@code ./mvnw -Pbenchmark verify}.
 */
class ModellerBenchmark extends EmbeddedStackTest {

    static final int INSTANCES = Integer.getInteger("benchmark.instances", 1000);

    @Autowired ModelLibrary library;
    @Autowired Migrations migrations;
    @Autowired CamundaClient client;
    @Autowired TestUsers users;

    @Test
    void printFigures() {
        CurrentUser admin = users.get("processadmin");
        validate(admin);
        deployToFirstCase(admin);
        migrate(admin);
    }

    void validate(CurrentUser admin) {
        var draft = library.startDraft(ResourceKind.PROCESS, "relationship", 1, admin);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            library.validate(draft, admin);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        System.out.printf("%nModeller benchmark: the app's checks on relationship.bpmn: median %.1f ms, slowest %.1f ms"
                + " of 30 (fastest %.1f ms)%n", micros.get(15) / 1000.0, micros.getLast() / 1000.0,
                micros.getFirst() / 1000.0);
    }

    void deployToFirstCase(CurrentUser admin) {
        library.deploy(upload("bench-flow", "First", admin), "first", admin);
        List<Long> millis = new ArrayList<>();
        for (int round = 2; round <= 11; round++) {
            var draft = upload("bench-flow", "Round " + round, admin);
            long start = System.nanoTime();
            int version = library.deploy(draft, "round " + round, admin).toVersion();
            var created = client.newCreateInstanceCommand().bpmnProcessId("bench-flow").latestVersion().send().join();
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (created.getVersion() != version) {
                System.out.printf("Modeller benchmark: round %d started on version %d, not %d%n", round,
                        created.getVersion(), version);
            }
        }
        millis.sort(null);
        System.out.printf("Modeller benchmark: deploy in the library to the first new instance on the new version: "
                + "median %d ms, slowest %d ms of 10%n", millis.get(5), millis.getLast());
    }

    void migrate(CurrentUser admin) {
        int from = library.deploy(upload("bench-move", "Before", admin), "before", admin).toVersion();
        for (int i = 0; i < INSTANCES; i++) {
            client.newCreateInstanceCommand().bpmnProcessId("bench-move").latestVersion().send();
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (migrations.runningByVersion("bench-move", admin).getOrDefault(from, 0) < INSTANCES
                && System.currentTimeMillis() < deadline) {
            sleep(200);
        }
        int to = library.deploy(upload("bench-move", "After", admin), "after", admin).toVersion();
        long planStart = System.nanoTime();
        var plan = migrations.plan("bench-move", from, to, Map.of(), Set.of(), admin);
        long planMillis = (System.nanoTime() - planStart) / 1_000_000;
        long start = System.nanoTime();
        var outcomes = migrations.migrate("bench-move", from, to, Map.of(), Set.of(), "benchmark", admin);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long moved = outcomes.stream().filter(o -> o.moved()).count();
        System.out.printf("Modeller benchmark: migrating %d running instances (each with an open task): plan %d ms, "
                + "%d moved in %.1f s (%.1f ms each)%n%n", plan.cases().size(), planMillis, moved, millis / 1000.0,
                (double) millis / Math.max(1, moved));
    }

    private DraftId upload(String id, String name, CurrentUser admin) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
                    <bpmn:userTask id="review" name="%s">
                      <bpmn:extensionElements>
                        <zeebe:assignmentDefinition candidateGroups="pool-admins" />
                        <zeebe:formDefinition formKey="review-sponsor" />
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(id, name);
        return library.upload(id + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), admin);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
