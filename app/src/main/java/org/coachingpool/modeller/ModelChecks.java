package org.coachingpool.modeller;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.forms.FormSchemas;
import org.coachingpool.worklist.HumanTaskEngine;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The app's own rules for a model, run on the server before a deploy (the browser runs Camunda's
 * lint rules while the admin edits). Each finding names the element. The engine's refusal of a
 * deployment stays the final word on what it can run; these rules add what only the app knows:
 * which workers, task screens, groups and people exist, and that no text goes into the engine.
 */
@Component
class ModelChecks {

    /** A FEEL string literal with a space in it: text, which must never become an engine variable. */
    private static final Pattern TEXT_LITERAL = Pattern.compile("\"[^\"]*\\s[^\"]*\"");
    private static final Pattern NAME = Pattern.compile("=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");

    /** Camunda 7's namespace, whose attributes (camunda:assignee, ...) Camunda 8 does not read. */
    private static final Pattern CAMUNDA_7 = Pattern.compile("xmlns:\\w+=\"http://camunda\\.org/schema/1\\.0/bpmn\"");

    private final AppCapabilities app;

    ModelChecks(AppCapabilities app) {
        this.app = app;
    }

    /** What the rules need to know beyond the model. */
    record Context(Set<String> deployedProcessIds, Set<String> deployedDecisionIds, Set<String> deployedFormIds,
            String liveXml, Map<String, Integer> waitingOnLive, List<String> liveProcesses) {
    }

    /** The id a model defines: its (first executable) process id, or its decision requirements id. */
    static String resourceIdOf(ResourceKind kind, String xml) {
        if (kind == ResourceKind.PROCESS) {
            BpmnModelInstance model = read(xml);
            return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
                    .map(Process::getId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The model has no executable process"));
        }
        if (kind == ResourceKind.FORM) {
            return FormSchemas.idOf(xml);
        }
        return dmn(xml).getDocumentElement().getAttribute("id");
    }

    /** The name the model gives itself (a process's or decision requirements' name), if it reads. */
    static Optional<String> nameOf(ResourceKind kind, String xml) {
        try {
            String name = switch (kind) {
                case PROCESS -> read(xml).getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
                        .map(Process::getName).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
                case DECISION -> dmn(xml).getDocumentElement().getAttribute("name");
                case FORM -> null;
            };
            return Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * How a process can begin: the message names of its start events, whether a timer starts it,
     * and the processes it calls.
     */
    record Starts(Set<String> messages, boolean timer, Set<String> calls) {
    }

    static Starts startsOf(String xml) {
        Set<String> messages = new HashSet<>();
        Set<String> calls = new HashSet<>();
        boolean timer = false;
        try {
            BpmnModelInstance model = read(xml);
            for (Process process : model.getModelElementsByType(Process.class)) {
                // Only the process's own start events start it; an event sub-process's start inside it.
                for (var start : process.getChildElementsByType(StartEvent.class)) {
                    for (var definition : start.getEventDefinitions()) {
                        if (definition instanceof MessageEventDefinition message
                                && message.getMessage() != null && message.getMessage().getName() != null) {
                            messages.add(message.getMessage().getName());
                        } else if (definition instanceof TimerEventDefinition) {
                            timer = true;
                        }
                    }
                }
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                var called = call.getSingleExtensionElement(ZeebeCalledElement.class);
                if (called != null && called.getProcessId() != null && !called.getProcessId().startsWith("=")) {
                    calls.add(called.getProcessId());
                }
            }
        } catch (RuntimeException unreadable) {
            // A model that does not read starts nothing and calls nothing.
        }
        return new Starts(Set.copyOf(messages), timer, Set.copyOf(calls));
    }

    List<Finding> check(ResourceKind kind, String content, Context context) {
        return switch (kind) {
            case PROCESS -> checkProcess(content, context);
            case DECISION -> checkDecision(content, context);
            case FORM -> FormSchemas.problems(content).stream().map(p -> Finding.error("", "", p)).toList();
        };
    }

    private List<Finding> checkProcess(String xml, Context context) {
        List<Finding> findings = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = read(xml);
        } catch (RuntimeException unreadable) {
            findings.add(Finding.error("", "", "The file is not a BPMN model the engine can read: "
                    + firstLine(unreadable)));
            return findings;
        }
        if (CAMUNDA_7.matcher(xml).find()) {
            findings.add(Finding.error("", "", "This looks like a Camunda 7 model: it uses Camunda 7's settings "
                    + "(camunda:assignee, camunda:class and the like), which Camunda 8 ignores. Open it in Camunda "
                    + "Modeler as a Camunda 8 diagram, or set each task again here with the properties panel, "
                    + "then upload it again"));
        }
        // Camunda user tasks are converted at deploy (ADR 0011): the rules judge what will run.
        List<UserTask> camundaTasks = model.getModelElementsByType(UserTask.class).stream()
                .filter(task -> task.getSingleExtensionElement(ZeebeUserTask.class) != null).toList();
        for (UserTask task : camundaTasks) {
            findings.add(Finding.warning(task.getId(), task.getName(), "this is a Camunda user task; it will be "
                    + "deployed as a job-worker user task, which is how the app shows tasks"));
        }
        if (!camundaTasks.isEmpty()) {
            model = read(CamundaUserTasks.asJobWorkerTasks(xml));
        }
        var processes = model.getModelElementsByType(Process.class);
        if (processes.stream().noneMatch(Process::isExecutable)) {
            findings.add(Finding.error("", "", "The model has no executable process: tick \"Executable\" on the process"));
        }
        var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        results.getResults().forEach((element, list) -> list.forEach(result -> {
            String id = element instanceof BaseElement base ? base.getId() : "";
            String name = element instanceof FlowElement flow ? flow.getName() : "";
            findings.add(result.getType() == ValidationResultType.ERROR
                    ? Finding.error(id, name, result.getMessage())
                    : Finding.warning(id, name, result.getMessage()));
        }));
        jobTypes(model, findings);
        userTasks(model, context, findings);
        references(model, context, findings);
        noText(model, findings);
        waiting(model, context, findings);
        return findings;
    }

    private void jobTypes(ModelInstance model, List<Finding> findings) {
        boolean listed = false;
        for (ZeebeTaskDefinition definition : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
            FlowElement element = owner(definition);
            String type = definition.getType();
            if (element instanceof UserTask) {
                continue;
            }
            if (type == null || type.isBlank()) {
                continue;
            }
            if (type.startsWith("=")) {
                findings.add(Finding.warning(element.getId(), element.getName(),
                        "the job type is an expression, so the app cannot check that a worker takes it"));
            } else if (!app.jobTypes().contains(type) && !HumanTaskEngine.USER_TASK_JOB_TYPE.equals(type)) {
                // The list of the app's job types once, on the first such finding: not on every line.
                findings.add(Finding.error(element.getId(), element.getName(), "no worker in the app takes the job type '"
                        + type + "'" + (listed ? "; see the job types the app has above"
                                : ". Job types the app has: " + String.join(", ", new TreeSet<>(app.jobTypes())))));
                listed = true;
            }
        }
    }

    private void userTasks(ModelInstance model, Context context, List<Finding> findings) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            var assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            String assignee = assignment == null ? null : assignment.getAssignee();
            String groups = assignment == null ? null : assignment.getCandidateGroups();
            String users = assignment == null ? null : assignment.getCandidateUsers();
            if (blank(assignee) && blank(groups) && blank(users)) {
                findings.add(Finding.error(task.getId(), task.getName(),
                        "nobody would see this task: give it an assignee or the candidate group pool-admins"));
            }
            if (!blank(assignee)) {
                var name = NAME.matcher(assignee);
                if (name.matches()) {
                    if (!AppCapabilities.PERSON_VARIABLES.contains(name.group(1))) {
                        findings.add(Finding.error(task.getId(), task.getName(), "the assignee " + assignee
                                + " is not a person the app knows; use one of ="
                                + String.join(", =", new TreeSet<>(AppCapabilities.PERSON_VARIABLES))));
                    }
                } else if (assignee.startsWith("=")) {
                    findings.add(Finding.warning(task.getId(), task.getName(), "the assignee is an expression the app "
                            + "cannot check; it must give a username"));
                }
            }
            if (!blank(groups)) {
                if (groups.startsWith("=")) {
                    findings.add(Finding.warning(task.getId(), task.getName(),
                            "the candidate groups are an expression the app cannot check"));
                } else {
                    for (String group : groups.split(",")) {
                        if (!app.candidateGroups().contains(group.strip())) {
                            findings.add(Finding.error(task.getId(), task.getName(), "the candidate group '"
                                    + group.strip() + "' is not one the app has; use one of "
                                    + String.join(", ", new TreeSet<>(app.candidateGroups()))));
                        }
                    }
                }
            }
            var form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            String formKey = form == null ? null : form.getFormKey();
            String formId = form == null ? null : form.getFormId();
            if (!blank(formId)) {
                if (!context.deployedFormIds().contains(formId)) {
                    findings.add(Finding.error(task.getId(), task.getName(), "the task links the form '" + formId
                            + "', which is not deployed: deploy the form first (Processes, Upload a model, or New form)"));
                }
            } else {
                String screen = blank(formKey) ? task.getId() : formKey;
                if (!app.taskScreens().contains(screen)) {
                    findings.add(Finding.error(task.getId(), task.getName(), blank(formKey)
                            ? "the task has no form: link a deployed Camunda form, or choose a form key the app has"
                            : "the app has no form '" + formKey + "'. Forms it has: "
                                    + String.join(", ", new TreeSet<>(app.taskScreens()))));
                }
            }
        }
    }

    private void references(ModelInstance model, Context context, List<Finding> findings) {
        Set<String> ownProcesses = new LinkedHashSet<>();
        model.getModelElementsByType(Process.class).forEach(p -> ownProcesses.add(p.getId()));
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            var called = call.getSingleExtensionElement(ZeebeCalledElement.class);
            String id = called == null ? null : called.getProcessId();
            if (!blank(id) && !id.startsWith("=") && !context.deployedProcessIds().contains(id)
                    && !ownProcesses.contains(id)) {
                findings.add(Finding.error(call.getId(), call.getName(), "it calls the process '" + id
                        + "', which is not deployed"));
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            var decision = task.getSingleExtensionElement(ZeebeCalledDecision.class);
            String id = decision == null ? null : decision.getDecisionId();
            if (!blank(id) && !id.startsWith("=") && !context.deployedDecisionIds().contains(id)) {
                findings.add(Finding.error(task.getId(), task.getName(), "it uses the decision '" + id
                        + "', which is not deployed"));
            }
        }
    }

    private void noText(ModelInstance model, List<Finding> findings) {
        List<ModelElementInstance> mappings = new ArrayList<>();
        mappings.addAll(model.getModelElementsByType(ZeebeInput.class));
        mappings.addAll(model.getModelElementsByType(ZeebeOutput.class));
        for (var mapping : mappings) {
            String source = mapping instanceof ZeebeInput in ? in.getSource() : ((ZeebeOutput) mapping).getSource();
            String target = mapping instanceof ZeebeInput in ? in.getTarget() : ((ZeebeOutput) mapping).getTarget();
            if (source != null && TEXT_LITERAL.matcher(source).find()) {
                FlowElement element = owner(mapping);
                findings.add(Finding.error(element == null ? "" : element.getId(), element == null ? "" : element.getName(),
                        "the variable '" + target + "' would hold text; engine variables carry ids, states, dates "
                                + "and counts only, so keep text in the app"));
            }
        }
    }

    private void waiting(BpmnModelInstance model, Context context, List<Finding> findings) {
        if (context.liveXml() == null || context.waitingOnLive().isEmpty()) {
            return;
        }
        BpmnModelInstance live = read(context.liveXml());
        context.waitingOnLive().forEach((elementId, count) -> {
            FlowElement before = live.getModelElementById(elementId);
            FlowElement after = model.getModelElementById(elementId);
            String name = before == null ? "" : before.getName();
            if (after == null) {
                findings.add(Finding.warning(elementId, name, count + (count == 1 ? " case waits" : " cases wait")
                        + " here on the live version, and this draft removes or renames it: those cases stay on the "
                        + "live version unless you migrate them with a mapping"));
            } else if (!after.getElementType().getTypeName().equals(before.getElementType().getTypeName())) {
                findings.add(Finding.warning(elementId, name, count + (count == 1 ? " case waits" : " cases wait")
                        + " here, and this draft changes the element's type: those cases cannot be migrated to it"));
            }
        });
    }

    private List<Finding> checkDecision(String xml, Context context) {
        List<Finding> findings = new ArrayList<>();
        Document document;
        try {
            document = dmn(xml);
        } catch (RuntimeException unreadable) {
            findings.add(Finding.error("", "", "The file is not a DMN model: " + firstLine(unreadable)));
            return findings;
        }
        Element root = document.getDocumentElement();
        if (!"definitions".equals(root.getLocalName()) || !root.getNamespaceURI().contains("DMN")) {
            findings.add(Finding.error("", "", "The file is not a DMN model: it must start with dmn:definitions"));
            return findings;
        }
        try {
            // The engine reads decisions with this model API: what it cannot read, the engine refuses at deploy.
            Dmn.readModelFromStream(new ByteArrayInputStream(
                    xml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException refused) {
            findings.add(Finding.error("", "", "The engine could not read this decision table (" + firstLine(refused)
                    + "). Open it in Camunda Modeler, or check that every element is one DMN 1.3 allows, where it"
                    + " is allowed"));
            return findings;
        }
        var decisions = root.getElementsByTagNameNS(root.getNamespaceURI(), "decision");
        if (decisions.getLength() == 0) {
            findings.add(Finding.error("", "", "The model has no decision"));
        }
        for (int i = 0; i < decisions.getLength(); i++) {
            Element decision = (Element) decisions.item(i);
            var tables = decision.getElementsByTagNameNS(root.getNamespaceURI(), "decisionTable");
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                var outputs = table.getElementsByTagNameNS(root.getNamespaceURI(), "outputEntry");
                for (int o = 0; o < outputs.getLength(); o++) {
                    String text = outputs.item(o).getTextContent().strip();
                    if (TEXT_LITERAL.matcher(text).find()) {
                        findings.add(Finding.error(decision.getAttribute("id"), decision.getAttribute("name"),
                                "an output is text (" + text + "); decisions give states, periods and counts only"));
                        break;
                    }
                }
            }
        }
        findings.addAll(DecisionOutputs.check(root, context.liveProcesses(), app.decisionResults()));
        return findings;
    }

    private static FlowElement owner(ModelElementInstance element) {
        var parent = element.getParentElement();
        while (parent != null && !(parent instanceof FlowElement)) {
            parent = parent.getParentElement();
        }
        return (FlowElement) parent;
    }

    static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Document dmn(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip().split("\\R")[0];
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
