package org.coachingpool.forms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coachingpool.forms.FormSchemasTest;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.modeller.ModelLibraryTest;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task an admin added, shown from its linked Camunda Form with the request beside it. */
class LinkedFormTaskViewTest extends ViewTest {

    @Autowired ModelLibrary library;
    @Autowired CamundaClient client;
    @Autowired CaseJourney journey;

    @Test
    void theLinkedFormShowsWithTheRequestAndAMissingAnswerIsNamedInTheErrorSummary() {
        var admin = users.get("processadmin");
        // A form id of its own: other tests deploy the HR form in the same engine.
        String form = FormSchemasTest.HR_APPROVAL.replace("\"id\": \"hr-approval\"", "\"id\": \"hr-view-form\"");
        library.deploy(library.upload("hr-view-form.form", form.getBytes(StandardCharsets.UTF_8), admin),
                "A form for HR", admin);
        String process = ModelLibraryTest.process("hr-view", """
                <bpmn:userTask id="work" name="HR approval">
                  <bpmn:extensionElements>
                    <zeebe:assignmentDefinition candidateGroups="pool-admins" />
                    <zeebe:formDefinition formId="hr-view-form" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """);
        library.deploy(library.upload("hr-view.bpmn", process.getBytes(StandardCharsets.UTF_8), admin), "HR", admin);
        var caseId = journey.toEndorsement();
        client.newCreateInstanceCommand().bpmnProcessId("hr-view").latestVersion()
                .variables(Map.of("caseId", caseId.value().toString())).send().join();
        var item = journey.task("pooladmin", caseId, "work");

        signInAndOpen("pooladmin", "tasks/" + item.formKey() + "/" + item.id());
        var view = _get(TaskFormView.class);
        assertThat(_get(RequestPanel.class).getElement().getTextRecursively()).contains("Goals, in their words");
        assertThat(view.getElement().getTextRecursively()).contains("Check the request against the HR policy");
        _click(view.submit);
        assertThat(view.errors.getElement().getTextRecursively()).contains("Select an answer to \u201cDoes HR approve?\u201d.");
    }
}
