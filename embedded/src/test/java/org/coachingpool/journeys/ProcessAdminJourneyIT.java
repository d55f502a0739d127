package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.coachingpool.platform.UkDates;
import org.junit.jupiter.api.Test;

/**
 * A process admin changes the relationship process in the browser of the packaged app: a form
 * for HR, an "HR approval" task after sponsor endorsement (a broken file first, refused naming
 * the elements), a shorter sponsor reminder in the pool-settings table; new cases take the new
 * path, an older case keeps the old one, and another older case is moved and carries on. Its own
 * app, since it changes what every case runs.
 */
class ProcessAdminJourneyIT extends JourneyTest {

    @Override
    PackagedApp app() {
        return ownApp("coachingpool-process-admin");
    }

    @Override
    String name() {
        return "process-admin";
    }

    /** relationship.bpmn with a task after endorsement, as Camunda Desktop Modeler would save it. */
    static String withHrTask(String name, String extensions) {
        String xml;
        try {
            xml = Files.readString(PackagedApp.REPOSITORY.resolve(
                    "processes/src/main/resources/processes/relationship.bpmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String task = """
                    <bpmn:userTask id="hr-approval" name="%s">
                      <bpmn:extensionElements>%s</bpmn:extensionElements>
                      <bpmn:incoming>f-endorsed</bpmn:incoming>
                      <bpmn:outgoing>f-hr</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="f-hr" sourceRef="hr-approval" targetRef="stage-triage" />
                """.formatted(name, extensions);
        return xml
                .replace("sourceRef=\"endorsed-gateway\" targetRef=\"stage-triage\"",
                        "sourceRef=\"endorsed-gateway\" targetRef=\"hr-approval\"")
                .replace("<bpmn:incoming>f-endorsed</bpmn:incoming>", "<bpmn:incoming>f-hr</bpmn:incoming>")
                .replace("<bpmn:serviceTask id=\"stage-triage\"", task + "    <bpmn:serviceTask id=\"stage-triage\"")
                .replace("<di:waypoint x=\"945\" y=\"300\" /><di:waypoint x=\"1020\" y=\"300\" />",
                        "<di:waypoint x=\"920\" y=\"275\" /><di:waypoint x=\"920\" y=\"220\" />")
                .replace("<bpmndi:BPMNShape id=\"stage-triage_di\"", """
                        <bpmndi:BPMNShape id="hr-approval_di" bpmnElement="hr-approval">
                                <dc:Bounds x="900" y="140" width="100" height="80" />
                              </bpmndi:BPMNShape>
                              <bpmndi:BPMNEdge id="f-hr_di" bpmnElement="f-hr">
                                <di:waypoint x="1000" y="180" /><di:waypoint x="1070" y="180" /><di:waypoint x="1070" y="260" />
                              </bpmndi:BPMNEdge>
                              <bpmndi:BPMNShape id="stage-triage_di\"""");
    }

    @Test
    void anAdminAddsAnHrApprovalStepNewCasesTakeItAndAnOlderCaseIsMovedOntoIt() throws IOException {
        ask("Coaching", "Confidence", "Speak up in board meetings");
        OurCase kept = theCase;
        ask("Coaching", "Confidence", "Lead a team through a merger");
        OurCase moved = theCase;

        as("processadmin", page -> {
            link(page, "Processes");
            heading(page, "Processes and decision tables");
            page.locator("vaadin-grid:not([loading])").first().waitFor();
            check(page, "process library");

            upload(page, "hr-approval.form", read("journeys/hr-approval.form"));
            heading(page, "Draft of the form hr-approval");
            page.locator("form-modeller[data-ready]").waitFor();
            check(page, "form editor");
            // Issue 28: the palette offers what the app shows, and nothing it would then refuse.
            assertThat(page.locator("form-modeller .fjs-palette-field[data-field-type='textfield']")).hasCount(1);
            for (String refused : new String[] {"image", "table", "html", "iframe", "button"}) {
                assertThat(page.locator("form-modeller .fjs-palette-field[data-field-type='" + refused + "']"))
                        .hasCount(0);
            }
            deploy(page, "A form for HR to approve each request", "Version 1 is live");

            link(page, "Back to processes and decision tables");
            upload(page, "relationship.bpmn", withHrTask("HR approval",
                    "<zeebe:assignmentDefinition candidateGroups=\"pool-admins\" />")
                    .replace("type=\"case.notify\" retries=\"5\" />\n        <zeebe:taskHeaders>\n"
                            + "          <zeebe:header key=\"template\" value=\"sponsor-reminder\"",
                            "type=\"hr.notify\" retries=\"5\" />\n        <zeebe:taskHeaders>\n"
                                    + "          <zeebe:header key=\"template\" value=\"sponsor-reminder\""));
            page.locator("process-modeller[data-ready]").waitFor();
            Locator appRules = page.locator("ul.findings").nth(1);
            assertThat(appRules).containsText("'Remind sponsor' (remind-sponsor): no worker in the app takes the job "
                    + "type 'hr.notify'");
            assertThat(appRules).containsText("'HR approval' (hr-approval): the task has no form");
            page.getByLabel("What did you change, and why?").fill("HR approves every request");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy (2 errors to put right first)"))
                    .click();
            assertThat(page.locator(".error-summary")).containsText("hr.notify");
            check(page, "process editor with errors");

            link(page, "Back to processes and decision tables");
            upload(page, "relationship.bpmn", withHrTask("HR check",
                    "<zeebe:assignmentDefinition candidateGroups=\"pool-admins\" />"
                            + "<zeebe:formDefinition formId=\"hr-approval\" />"));
            page.locator("process-modeller[data-ready]").waitFor();
            check(page, "process editor");
            // Renamed on the canvas, as a person would: scroll to the task, double-click it, type, click away.
            page.locator("process-modeller").evaluate("modeller => modeller.select('hr-approval')");
            page.waitForTimeout(300);
            var box = page.locator(".djs-element[data-element-id=\"hr-approval\"]").first().boundingBox();
            page.mouse().dblclick(box.x + box.width / 2, box.y + box.height / 2);
            page.keyboard().press("Control+A");
            page.evaluate("document.execCommand('selectAll')");
            page.keyboard().type("HR approval");
            page.keyboard().press("Enter");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checks")).click();
            var difference = page.locator("ul.difference-list");
            for (int attempt = 0; attempt < 20 && !difference.innerText().contains("Added user task 'HR approval'");
                    attempt++) {
                page.waitForTimeout(500);
                click(page, "Check the model");
            }
            assertThat(difference).containsText("Added user task 'HR approval' (hr-approval)");
            assertThat(page.locator("ul.findings").nth(1)).containsText("No problems found.");
            deploy(page, "HR approves every request after the sponsor", "Version 2 is live");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Move the cases running on version 1"))
                    .click();
            heading(page, "Move running cases of relationship");
            page.getByLabel("Only the case with this reference (optional)").fill(moved.reference());
            assertThat(page.locator("vaadin-grid").first()).containsText("Can move");
            page.getByLabel("Why are these cases moving?").fill("This case should be approved by HR too");
            check(page, "migration");
            var fromVersion = page.locator("vaadin-select").first();
            int before = runningIn(fromVersion.innerText());
            click(page, "Move the 1 selected case");
            assertThat(page.locator("vaadin-grid").nth(1)).containsText("Moved");
            // Issue 28: the version list counts again after a move instead of showing the moved case.
            assertThat(fromVersion).containsText("Version 1 (" + (before - 1) + " running)");

            link(page, "Processes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open Pool settings").setExact(true))
                    .click();
            heading(page, "Decision table: Pool settings");
            page.locator("vaadin-grid:not([loading])").first().waitFor();
            check(page, "decision table versions");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit a copy of version 1")).click();
            page.locator("decision-modeller[data-ready]").waitFor();
            check(page, "decision table editor");
            var cell = page.locator("td[data-row-id=\"rule-default\"][data-col-id=\"output-reminder\"]");
            cell.click();
            // The cell's editor: clear the old period and type the new one, as with the keyboard.
            cell.locator(".cm-content").focus();
            page.keyboard().press("End");
            for (int i = 0; i < 20; i++) {
                page.keyboard().press("Backspace");
            }
            // Typed key by key, quotation marks included: the cell closes a quotation mark as it is
            // typed, and inside Vaadin's layouts that once put the caret at the start (issue 28).
            page.keyboard().type("\"P2D\"", new Keyboard.TypeOptions().setDelay(60));
            assertThat(cell.locator(".cm-content")).hasText("\"P2D\"");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Checks")).click();
            for (int attempt = 0; attempt < 20 && !difference.innerText().contains("\"P2D\""); attempt++) {
                page.waitForTimeout(500);
                click(page, "Check the model");
            }
            assertThat(difference).containsText("Remind sponsor after \"P5D\" → \"P2D\"");
            deploy(page, "Sponsors are reminded after two days", "Version 2 is live");
        });

        ask("Coaching", "Confidence", "Chair my first public meeting");
        OurCase fresh = theCase;
        String twoDays = UkDates.DATE.format(LocalDate.now().plusDays(2));
        as("sponsor", page -> assertThat(page.getByText(twoDays).first()).isVisible());
        for (OurCase each : new OurCase[] {fresh, kept, moved}) {
            theCase = each;
            as("sponsor", page -> {
                openTask(page, "Endorse request");
                click(page, "Endorse request");
                assertThat(page.getByText("Thank you")).isVisible();
            });
        }

        theCase = fresh;
        as("pooladmin", page -> {
            openTask(page, "HR approval");
            assertThat(page.getByText("Check the request against the HR development policy.")).isVisible();
            click(page, "Send");
            assertThat(page.locator(".error-summary")).containsText("Does HR approve?");
            check(page, "hr approval with a problem");
            page.getByText("Approve", new Page.GetByTextOptions().setExact(true)).click();
            // A form added in the modeller keeps every character typed just before Send.
            page.getByLabel("Note for the pool team (seen by you and the pool team)").pressSequentially("Within policy");
            click(page, "Send");
            assertThat(page.getByText("Done. Thank you.")).isVisible();
            page.navigate(browser.url(theCase.path()));
            assertThat(page.locator("body")).containsText("Within policy");
            page.navigate(browser.url("/"));
            openTask(page, "Triage request");
        });
        theCase = moved;
        as("pooladmin", page -> openTask(page, "HR approval"));
        theCase = kept;
        as("pooladmin", page -> {
            openTask(page, "Triage request");
            page.goBack();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Open HR approval for case " + kept.reference()))).hasCount(0);
        });
        assertThat(accessibilityProblems).isEmpty();
    }

    private void deploy(Page page, String why, String confirmation) {
        page.getByLabel("What did you change, and why?").fill(why);
        click(page, "Deploy");
        heading(page, confirmation);
        check(page, "deployed " + why);
    }

    private static String read(String resource) {
        try (var in = ProcessAdminJourneyIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void upload(Page page, String name, String content) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(name, "application/xml",
                content.getBytes(StandardCharsets.UTF_8)));
        page.locator("h1").filter(new Locator.FilterOptions().setHasText("Draft of")).waitFor();
    }

    /** The count in a version's label, "Version 1 (4 running)". */
    private static int runningIn(String label) {
        var found = Pattern.compile("\\((\\d+) running\\)").matcher(label);
        if (!found.find()) {
            throw new AssertionError("no running count in " + label);
        }
        return Integer.parseInt(found.group(1));
    }
}
