package org.coachingpool.modeller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coachingpool.definitions.Origin;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.forms.Field;
import org.coachingpool.forms.FormSchemas;
import org.coachingpool.forms.FormSchemasTest;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.coachingpool.security.NotAllowedException;

/**
 * The process library on the real engine and database. Each test deploys a process of its own
 * id, so the relationship process the other tests run on is never changed here.
 */
public class ModelLibraryTest extends EmbeddedStackTest {

    @Autowired ModelLibrary library;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired CaseJourney journey;
    @Autowired TaskForms forms;
    @Autowired CamundaClient client;

    public static String process(String id, String taskXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                    xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="defs-%1$s"
                    targetNamespace="http://bpmn.io/schema/bpmn" modeler:executionPlatform="Camunda Cloud"
                    modeler:executionPlatformVersion="8.8.0">
                  <bpmn:process id="%1$s" name="Test %1$s" isExecutable="true">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
                    %2$s
                    <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(id, taskXml);
    }

    public static String serviceTask(String jobType) {
        return """
                <bpmn:serviceTask id="work" name="Do the work">
                  <bpmn:extensionElements><zeebe:taskDefinition type="%s" /></bpmn:extensionElements>
                </bpmn:serviceTask>
                """.formatted(jobType);
    }

    static String userTask(String assignment, String form) {
        return """
                <bpmn:userTask id="work" name="HR approval">
                  <bpmn:extensionElements>%s%s</bpmn:extensionElements>
                </bpmn:userTask>
                """.formatted(assignment, form);
    }

    private DraftId upload(String id, String xml, CurrentUser admin) {
        return library.upload(id + ".bpmn", xml.getBytes(StandardCharsets.UTF_8), admin);
    }

    @Test
    void everyProcessAndDecisionTableTheAppShipsPassesTheAppsOwnRules() {
        CurrentUser admin = users.get("processadmin");
        for (LibraryEntry entry : library.entries(admin)) {
            var draft = library.startDraft(entry.kind(), entry.resourceId(), entry.liveVersion(), admin);
            assertThat(library.validate(draft, admin)).as(entry.resourceId()).noneMatch(Finding::isError);
            library.discard(draft, admin);
        }
    }

    @Test
    void anUnknownJobTypeIsAnErrorNamingTheElementAndBlocksTheDeploy() {
        CurrentUser admin = users.get("processadmin");
        var draft = upload("unknown-job", process("unknown-job", serviceTask("hr.approve")), admin);
        assertThat(library.validate(draft, admin)).anySatisfy(finding -> {
            assertThat(finding.isError()).isTrue();
            assertThat(finding.elementId()).isEqualTo("work");
            assertThat(finding.describe()).contains("'Do the work' (work)").contains("hr.approve");
        });
        assertThatThrownBy(() -> library.deploy(draft, "try it", admin)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("Do the work").contains("hr.approve")));
        assertThat(library.entries(admin)).noneMatch(e -> e.resourceId().equals("unknown-job"));
    }

    @Test
    void aUserTaskNeedsSomeoneToSeeItAndAFormTheAppHas() {
        CurrentUser admin = users.get("processadmin");
        var nobody = upload("no-one", process("no-one", userTask("", "")), admin);
        assertThat(library.validate(nobody, admin)).filteredOn(Finding::isError).extracting(Finding::message)
                .anyMatch(m -> m.contains("nobody would see this task"))
                .anyMatch(m -> m.contains("has no form"));
        var unknown = upload("odd-form", process("odd-form", userTask(
                "<zeebe:assignmentDefinition candidateGroups=\"hr-team\" />",
                "<zeebe:formDefinition formKey=\"hr-approval\" />")), admin);
        assertThat(library.validate(unknown, admin)).filteredOn(Finding::isError).extracting(Finding::describe)
                .anyMatch(m -> m.contains("'HR approval' (work)") && m.contains("the app has no form 'hr-approval'"))
                .anyMatch(m -> m.contains("the candidate group 'hr-team' is not one the app has"));
        var strangers = upload("odd-person", process("odd-person", userTask(
                "<zeebe:assignmentDefinition assignee=\"=hrManager\" />",
                "<zeebe:formDefinition formKey=\"review-sponsor\" />")), admin);
        assertThat(library.validate(strangers, admin)).filteredOn(Finding::isError).extracting(Finding::message)
                .containsExactly("the assignee =hrManager is not a person the app knows; use one of =applicant, "
                        + "=coach, =mentor, =offeredCoach, =safeguardingLead, =sponsor, =thinker");
    }

    @Test
    void callsAndDecisionsMustExistAndTextNeverGoesIntoAnEngineVariable() {
        CurrentUser admin = users.get("processadmin");
        String xml = process("references", """
                <bpmn:callActivity id="work" name="Run the missing one">
                  <bpmn:extensionElements>
                    <zeebe:calledElement processId="not-deployed" propagateAllChildVariables="false" />
                    <zeebe:ioMapping><zeebe:output source="=&quot;Thanks for your patience&quot;" target="note" />
                    </zeebe:ioMapping>
                  </bpmn:extensionElements>
                </bpmn:callActivity>
                <bpmn:sequenceFlow id="f3" sourceRef="work" targetRef="rules" />
                <bpmn:businessRuleTask id="rules" name="Decide">
                  <bpmn:extensionElements>
                    <zeebe:calledDecision decisionId="no-such-table" resultVariable="r" />
                  </bpmn:extensionElements>
                </bpmn:businessRuleTask>
                """).replace("sourceRef=\"work\" targetRef=\"end\"", "sourceRef=\"rules\" targetRef=\"end\"");
        var draft = upload("references", xml, admin);
        assertThat(library.validate(draft, admin)).filteredOn(Finding::isError).extracting(Finding::describe)
                .anyMatch(m -> m.contains("(work)") && m.contains("calls the process 'not-deployed'"))
                .anyMatch(m -> m.contains("'Decide' (rules)") && m.contains("'no-such-table'"))
                .anyMatch(m -> m.contains("the variable 'note' would hold text"));
    }

    @Test
    void aValidDraftGoesLiveAsANewVersionWithItsAuthorCommentAndDifference() {
        CurrentUser admin = users.get("processadmin");
        var first = upload("library-flow", process("library-flow", serviceTask("case.set-stage")), admin);
        var one = library.deploy(first, "First version", admin);
        assertThat(one.fromVersion()).isNull();
        assertThat(library.drafts(admin)).noneMatch(d -> d.id().equals(first));

        var second = library.startDraft(ResourceKind.PROCESS, "library-flow", one.toVersion(), admin);
        String renamed = library.draft(second, admin).content().replace("Do the work", "Do the work well");
        library.save(second, renamed, 0, admin);
        var two = library.deploy(second, "A clearer name", admin);

        assertThat(two.toVersion()).isEqualTo(one.toVersion() + 1);
        assertThat(two.difference()).containsExactly(
                "Changed service task 'Do the work well' (work): name Do the work → Do the work well");
        List<Version> versions = library.versions(ResourceKind.PROCESS, "library-flow", admin);
        assertThat(versions.getFirst().live()).isTrue();
        assertThat(versions.getFirst().deployedByName()).isEqualTo("Rhian Davies");
        assertThat(versions.getFirst().comment()).isEqualTo("A clearer name");
        assertThat(versions.getFirst().origin()).isEqualTo(Origin.ADMIN);
        assertThat(library.changes(ResourceKind.PROCESS, "library-flow", admin).getFirst()).satisfies(change -> {
            assertThat(change.byName()).isEqualTo("Rhian Davies");
            assertThat(change.fromVersion()).isEqualTo(one.toVersion());
            assertThat(change.toVersion()).isEqualTo(two.toVersion());
            assertThat(change.difference()).isEqualTo(two.difference());
        });
        assertThat(library.compare(ResourceKind.PROCESS, "library-flow", one.toVersion(), two.toVersion(), admin))
                .isEqualTo(two.difference());
    }

    @Test
    void aDraftTheSameAsTheLiveVersionHasNothingToDeployAndACommentIsNeeded() {
        CurrentUser admin = users.get("processadmin");
        var draft = library.startDraft(ResourceKind.PROCESS, "relationship", 1, admin);
        assertThatThrownBy(() -> library.deploy(draft, " ", admin)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("comment"));
        assertThatThrownBy(() -> library.deploy(draft, "no change", admin)).hasMessageContaining("nothing to deploy");
        assertThat(library.versions(ResourceKind.PROCESS, "relationship", admin)).hasSize(1);
        library.discard(draft, admin);
    }

    @Test
    void aSaveFromAStaleTabIsRefusedAndTheNewerSaveIsKept() {
        CurrentUser admin = users.get("processadmin");
        var draft = upload("stale-tab", process("stale-tab", serviceTask("case.set-stage")), admin);
        String original = library.draft(draft, admin).content();
        library.save(draft, original.replace("Do the work", "First tab"), 0, admin);
        assertThatThrownBy(() -> library.save(draft, original.replace("Do the work", "Second tab"), 0, admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in another window");
        assertThat(library.draft(draft, admin).content()).contains("First tab").doesNotContain("Second tab");
        assertThatThrownBy(() -> library.save(draft, "<not a model", 1, admin))
                .hasMessageContaining("cannot be read");
        assertThat(library.draft(draft, admin).content()).contains("First tab");
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithAPlainMessage() {
        CurrentUser admin = users.get("processadmin");
        assertThatThrownBy(() -> library.upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), admin))
                .hasMessageContaining(".bpmn, .dmn or .form");
        assertThatThrownBy(() -> library.upload("broken.bpmn", "<bpmn:definitions".getBytes(StandardCharsets.UTF_8),
                admin)).isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> library.upload("empty.dmn", new byte[0], admin)).hasMessageContaining("is empty");
    }

    @Test
    void rollingBackMakesTheOldContentLiveAsANewVersion() {
        CurrentUser admin = users.get("processadmin");
        var one = library.deploy(upload("roll-back", process("roll-back", serviceTask("case.set-stage")), admin),
                "First", admin);
        var edit = library.startDraft(ResourceKind.PROCESS, "roll-back", one.toVersion(), admin);
        library.save(edit, library.draft(edit, admin).content().replace("case.set-stage", "case.notify"), 0, admin);
        var two = library.deploy(edit, "Notify instead", admin);

        var three = library.rollBack(ResourceKind.PROCESS, "roll-back", one.toVersion(), "Notify was wrong", admin);

        assertThat(three.toVersion()).isEqualTo(two.toVersion() + 1);
        assertThat(library.content(ResourceKind.PROCESS, "roll-back", three.toVersion(), admin))
                .contains("case.set-stage");
        var live = library.versions(ResourceKind.PROCESS, "roll-back", admin).getFirst();
        assertThat(live.origin()).isEqualTo(Origin.ROLLBACK);
        assertThat(live.comment()).isEqualTo("Back to version " + one.toVersion() + ": Notify was wrong");
        assertThat(library.changes(ResourceKind.PROCESS, "roll-back", admin).getFirst().action())
                .isEqualTo(Change.Action.ROLLBACK);
        assertThatThrownBy(() -> library.rollBack(ResourceKind.PROCESS, "roll-back", three.toVersion(), "again",
                admin)).hasMessageContaining("live version already");
    }

    @Test
    void aCamundaUserTaskIsDeployedAsAJobWorkerUserTaskWithAWarning() {
        CurrentUser admin = users.get("processadmin");
        var draft = upload("camunda-task", process("camunda-task", userTask(
                "<zeebe:userTask /><zeebe:assignmentDefinition candidateGroups=\"pool-admins\" />",
                "<zeebe:formDefinition formKey=\"review-sponsor\" />")), admin);
        assertThat(library.validate(draft, admin)).anySatisfy(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("job-worker user task");
        });
        var done = library.deploy(draft, "Converted", admin);
        String deployed = library.content(ResourceKind.PROCESS, "camunda-task", done.toVersion(), admin);
        assertThat(deployed).doesNotContain("zeebe:userTask").contains("candidateGroups=\"pool-admins\"");
    }

    @Test
    void aTaskAnAdminAddedShowsItsLinkedFormIsCheckedOnTheServerAndKeepsTextOutOfTheEngine() {
        CurrentUser admin = users.get("processadmin");
        CurrentUser poolAdmin = users.get("pooladmin");
        String linking = process("hr-check", userTask(
                "<zeebe:assignmentDefinition candidateGroups=\"pool-admins\" />",
                "<zeebe:formDefinition formId=\"hr-approval\" />"));
        assertThat(library.validate(upload("hr-check", linking, admin), admin)).filteredOn(Finding::isError)
                .extracting(Finding::message).anyMatch(m -> m.contains("the form 'hr-approval', which is not deployed"));
        library.deploy(library.upload("hr-approval.form",
                FormSchemasTest.HR_APPROVAL.getBytes(StandardCharsets.UTF_8), admin),
                "A form for HR", admin);
        var process = upload("hr-check", linking, admin);
        assertThat(library.validate(process, admin)).noneMatch(Finding::isError);
        library.deploy(process, "HR looks at each case", admin);

        var caseId = journey.toEndorsement();
        client.newCreateInstanceCommand().bpmnProcessId("hr-check").latestVersion()
                .variables(Map.of("caseId", caseId.value().toString())).send().join();
        var item = journey.task("pooladmin", caseId, "work");
        assertThat(item.title()).isEqualTo("HR approval");
        var opened = forms.open(item.id(), poolAdmin).getValue();
        assertThat(opened.fields()).extracting(Field::name)
                .containsExactly("hrDecision", "hrNote", "hrHours");

        assertThatThrownBy(() -> forms.submit(item.id(), poolAdmin, Map.of("hrHours", "99")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("hrDecision", "hrHours"));
        forms.submit(item.id(), poolAdmin, Map.of("hrDecision", "APPROVED", "hrNote", "Within policy",
                "hrHours", "12"));

        String sent = jdbc.sql("select result::text from work_item where id = :id").param("id", item.id().value())
                .query(String.class).single();
        assertThat(sent).contains("APPROVED").contains("12").doesNotContain("Within policy");
        assertThat(forms.answers(caseId, item.formKey(), poolAdmin)).extracting(a -> a.value())
                .containsExactly("Within policy");
        assertThat(forms.answers(caseId, item.formKey(), users.get("sponsor"))).isEmpty();
    }

    /** Issue 28: a process from elsewhere that nothing starts says so, and can be retired with a reason. */
    @Test
    void aProcessNothingStartsSaysSoAndIsRetiredFromTheEngineAndTheLibrary() {
        var admin = users.get("processadmin");
        library.deploy(upload("lonely", process("lonely", serviceTask("case.set-stage")), admin),
                "Came with a download", admin);
        long engineKey = library.versions(ResourceKind.PROCESS, "lonely", admin).getFirst().engineKey();
        var entries = library.entries(admin);
        assertThat(entries).filteredOn(e -> e.resourceId().equals("lonely")).singleElement()
                .satisfies(e -> assertThat(e.nothingStartsIt()).isTrue());
        assertThat(entries).filteredOn(e -> Set.of("relationship", "matching", "onboarding", "safeguarding")
                .contains(e.resourceId())).as("started by a message the app sends, or called").isNotEmpty()
                .allSatisfy(e -> assertThat(e.nothingStartsIt()).as(e.resourceId()).isFalse());
        assertThatThrownBy(() -> library.retire("relationship", "Tidy up", admin))
                .hasMessage("Something starts this process, so it cannot be retired");
        assertThatThrownBy(() -> library.retire("lonely", " ", admin)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("retireComment"));

        library.retire("lonely", "Not one of ours", admin);

        assertThat(library.entries(admin)).noneMatch(e -> e.resourceId().equals("lonely"));
        assertThat(library.versions(ResourceKind.PROCESS, "lonely", admin)).isEmpty();
        assertThatThrownBy(() -> client.newCreateInstanceCommand().processDefinitionKey(engineKey)
                .send().join()).as("gone from the engine").hasMessageContaining("NOT_FOUND");
        assertThat(library.changes(ResourceKind.PROCESS, "lonely", admin)).first()
                .satisfies(c -> assertThat(c.comment()).isEqualTo("Not one of ours"));
    }

    /** A decision table the engine would refuse at deploy is refused by "Check the model" first. */
    @Test
    void aDecisionTableTheEngineCannotReadIsRefusedByTheChecks() {
        var admin = users.get("processadmin");
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="unreadable-table"
                    name="Unreadable" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="unreadable-decision" name="Unreadable">
                    <decisionTable id="table">
                      <input id="in"><inputExpression id="in-expr" typeRef="string"><text>kindWanted</text>
                      </inputExpression></input>
                      <output id="out" name="answer" typeRef="string" />
                      <rule id="rule"><inputEntry id="rule-in"><text>-</text></inputEntry>
                        <outputEntry id="rule-out"><text>"yes"</text></outputEntry></rule>
                    </decisionTable>
                    <notPartOfDmn id="stray" />
                  </decision>
                </definitions>
                """;
        var draft = library.upload("unreadable.dmn", dmn.getBytes(StandardCharsets.UTF_8), admin);
        assertThat(library.validate(draft, admin)).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.describe()).startsWith("The engine could not read this decision table");
        });
        library.discard(draft, admin);
    }

    /** Issue 28: a file made elsewhere (Windows line ends) comes back from "Download" byte for byte. */
    @Test
    void aDeployedFileDownloadsExactlyAsItWasUploaded() {
        var admin = users.get("processadmin");
        String windows = process("windows-file", serviceTask("case.set-stage")).replace("\n", "\r\n");
        library.deploy(library.upload("windows-file.bpmn", windows.getBytes(StandardCharsets.UTF_8), admin),
                "Made on Windows", admin);
        assertThat(library.content(ResourceKind.PROCESS, "windows-file", 1, admin)).isEqualTo(windows);
    }

    @Test
    void onlyProcessAdminsReachTheLibrary() {
        CurrentUser poolAdmin = users.get("pooladmin");
        assertThatThrownBy(() -> library.entries(poolAdmin)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> library.startDraft(ResourceKind.PROCESS, "relationship", 1, poolAdmin))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> library.upload("x.bpmn", new byte[1], users.get("coach1")))
                .isInstanceOf(NotAllowedException.class);
    }

    /**
     * Every output cell is checked against what the processes calling the decision do with it
     * (issue 28): these values passed the checks before and then stopped every new case.
     */
    @Test
    void aDecisionTableValueTheCallingProcessCannotUseIsRefusedNamingTheCell() {
        CurrentUser admin = users.get("processadmin");
        var settings = library.startDraft(ResourceKind.DECISION, "pool-settings-definitions", liveVersion("pool-settings-definitions", admin),
                admin);
        String live = library.draft(settings, admin).content();
        String reminder = "<outputEntry id=\"rule-default-reminder\"><text>\"P5D\"</text></outputEntry>";
        assertThat(live).contains(reminder);
        for (String bad : List.of("P2D", "&quot;P2DX&quot;", "\"P2DX\"", "\"\"", "2", "\"-P2D\"")) {
            var revision = library.draft(settings, admin).revision();
            library.save(settings, live.replace(reminder, reminder.replace("\"P5D\"", bad)), revision, admin);
            assertThat(library.validate(settings, admin)).as(bad).filteredOn(Finding::isError)
                    .extracting(Finding::describe).singleElement().asString()
                    .contains("'Pool settings' (pool-settings)", "'Remind sponsor after', rule 2 (Coaching",
                            "\"P5D\" for 5 days");
            assertThatThrownBy(() -> library.deploy(settings, "try " + bad, admin)).as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
        for (String good : List.of("\"P2D\"", "\"P2W\"", "\"PT36H\"", "\"P1DT12H\"", "duration(\"P3D\")")) {
            var revision = library.draft(settings, admin).revision();
            library.save(settings, live.replace(reminder, reminder.replace("\"P5D\"", good)), revision, admin);
            assertThat(library.validate(settings, admin)).as(good).noneMatch(Finding::isError);
        }
        String sessions = "<outputEntry id=\"rule-default-sessions\"><text>6</text></outputEntry>";
        var revision = library.draft(settings, admin).revision();
        library.save(settings, live.replace(sessions, sessions.replace(">6<", ">\"6\"<")), revision, admin);
        assertThat(library.validate(settings, admin)).filteredOn(Finding::isError).extracting(Finding::message)
                .singleElement().asString().contains("'Planned sessions (suggested)', rule 2", "is not a number");
        library.discard(settings, admin);

        var triage = library.startDraft(ResourceKind.DECISION, "triage-definitions", liveVersion("triage-definitions", admin), admin);
        String table = library.draft(triage, admin).content();
        library.save(triage, table.replace("<text>\"CONVERSATION\"</text>", "<text>\"COUNSELLING\"</text>"), 0, admin);
        assertThat(library.validate(triage, admin)).filteredOn(Finding::isError).extracting(Finding::message)
                .singleElement().asString().contains("\"COUNSELLING\" is not one of the values the app knows",
                        "\"SIGNPOST\"");
        library.discard(triage, admin);
    }

    /** Issue 28: findings read as a person would want them, once each, with a hint for Camunda 7 files. */
    @Test
    void findingsNameACamunda7ModelAndListTheJobTypesOnce() {
        CurrentUser admin = users.get("processadmin");
        String twoUnknown = process("two-unknown", serviceTask("hr.approve")).replace(
                "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"work\" targetRef=\"end\" />",
                "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"work\" targetRef=\"more\" />"
                        + serviceTask("hr.file").replace("id=\"work\"", "id=\"more\"")
                        + "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"more\" targetRef=\"end\" />");
        var draft = upload("two-unknown", twoUnknown, admin);
        List<String> messages = library.validate(draft, admin).stream().filter(Finding::isError)
                .map(Finding::message).filter(m -> m.startsWith("no worker")).toList();
        assertThat(messages).hasSize(2);
        assertThat(messages).filteredOn(m -> m.contains("Job types the app has:")).hasSize(1);
        assertThat(messages).filteredOn(m -> m.contains("see the job types the app has above")).hasSize(1);
        assertThat(library.validate(draft, admin)).extracting(Finding::message).noneMatch(m -> m.contains("ADR"));

        String camunda7 = process("seven", """
                <bpmn:userTask id="work" name="Approve" camunda:assignee="demo" />
                """).replace("<bpmn:definitions ", "<bpmn:definitions xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" ");
        assertThat(library.validate(upload("seven", camunda7, admin), admin)).extracting(Finding::message)
                .anyMatch(m -> m.startsWith("This looks like a Camunda 7 model"));
        assertThat(FormSchemas.problems("""
                {"id": "pictures", "type": "default", "components": [
                  {"type": "image", "id": "logo", "label": "Logo"}, {"type": "iframe", "id": "frame", "label": "Page"}]}
                """)).anyMatch(p -> p.contains("is an image")).anyMatch(p -> p.contains("is an iFrame"));
    }

    private int liveVersion(String resourceId, CurrentUser admin) {
        return library.entries(admin).stream().filter(e -> e.resourceId().equals(resourceId)).findFirst().orElseThrow()
                .liveVersion();
    }
}
