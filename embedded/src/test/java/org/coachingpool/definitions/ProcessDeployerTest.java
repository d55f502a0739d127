package org.coachingpool.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.platform.StartupProblem;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProcessDeployerTest extends EmbeddedStackTest {

    @Autowired ProcessDeployer deployer;
    @Autowired JdbcClient jdbc;
    @Autowired ProcessDefinitions definitions;
    @Autowired ModelLibrary library;
    @Autowired TestUsers users;

    @Test
    void deployingUnchangedResourcesAgainCreatesNoNewVersion() {
        int before = versions();
        deployer.deploy(ProcessDeployer.resources());
        deployer.deploy(ProcessDeployer.resources());
        assertThat(versions()).isEqualTo(before).isEqualTo(1);
    }

    @Test
    void everyBpmnDmnAndFormUnderProcessesIsPickedUp() {
        assertThat(ProcessDeployer.resources()).containsKey("relationship.bpmn");
    }

    @Test
    void anInvalidProcessIsRefusedNamingTheFileAndKeepsTheDeployedVersion() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
                  <bpmn:process id="relationship" isExecutable="true">
                    <bpmn:startEvent id="s" />
                    <bpmn:serviceTask id="no-job-type" />
                    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="no-job-type" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        assertThatThrownBy(() -> deployer.deploy(Map.of("relationship.bpmn", broken.getBytes(UTF_8))))
                .isInstanceOfSatisfying(StartupProblem.class, problem -> {
                    assertThat(problem.getMessage()).contains("relationship.bpmn").contains("invalid");
                    assertThat(problem.fix()).contains("correct the file");
                });
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void startUpLeavesAVersionAnAdminDeployedLiveUntilTheFileItselfChanges() {
        var admin = users.get("processadmin");
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
                  <bpmn:process id="startup-check" name="NAME" isExecutable="true">
                    <bpmn:startEvent id="s" />
                    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
                    <bpmn:endEvent id="e" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        deployer.deployChanged(Map.of("startup-check.bpmn", file.replace("NAME", "From the app").getBytes(UTF_8)));
        var draft = library.startDraft(ResourceKind.PROCESS, "startup-check", 1, admin);
        library.save(draft, library.draft(draft, admin).content().replace("From the app", "From an admin"), 0, admin);
        library.deploy(draft, "Renamed", admin);

        deployer.deployChanged(Map.of("startup-check.bpmn", file.replace("NAME", "From the app").getBytes(UTF_8)));
        assertThat(definitions.versions(ResourceKind.PROCESS, "startup-check")).hasSize(2).first()
                .satisfies(live -> assertThat(live.origin()).isEqualTo(Origin.ADMIN));

        deployer.deployChanged(Map.of("startup-check.bpmn", file.replace("NAME", "A new release").getBytes(UTF_8)));
        assertThat(definitions.versions(ResourceKind.PROCESS, "startup-check")).hasSize(3).first()
                .satisfies(live -> assertThat(live.origin()).isEqualTo(Origin.FILES));
    }

    private int versions() {
        return jdbc.sql("select count(*) from process_definition where bpmn_process_id = 'relationship'")
                .query(Integer.class).single();
    }
}
