package org.coachingpool.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.Definitions;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Lints every model in processes/ beyond what deployment checks: each file must open in
 * Camunda Modeler for Camunda 8.8 with its whole diagram, and be fit to run as our app expects.
 */
class ProcessFilesLintTest {

    static final Path MODELS = Path.of("src/main/resources/processes");
    static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

    static Stream<Path> bpmnFiles() throws IOException {
        return files(".bpmn");
    }

    static Stream<Path> dmnFiles() throws IOException {
        return files(".dmn");
    }

    private static Stream<Path> files(String suffix) throws IOException {
        try (Stream<Path> all = Files.list(MODELS)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void passesZeebesSchemaAndDesignTimeValidation(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        assertThat(results.getErrorCount()).as("Zeebe validation of %s: %s", file, results.getResults()).isZero();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void targetsCamunda88AndIsExecutable(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Definitions definitions = model.getDefinitions();
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Cloud");
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion")).startsWith("8.8");
        assertThat(model.getModelElementsByType(Process.class)).isNotEmpty().allMatch(Process::isExecutable);
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyElementIsDrawnAndNoShapesOverlap(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> drawn = Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
                model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
                .collect(Collectors.toSet());
        Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
                        model.getModelElementsByType(SequenceFlow.class).stream())
                .map(BaseElement::getId)
                .forEach(id -> assertThat(drawn).as("%s has no diagram for %s", file, id).contains(id));

        List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> !(s.getBpmnElement() instanceof BoundaryEvent)).toList();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                if (inside(shapes.get(i), shapes.get(j)) || inside(shapes.get(j), shapes.get(i))) {
                    continue;
                }
                assertThat(overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds()))
                        .as("%s: %s overlaps %s", file, shapes.get(i).getBpmnElement().getId(),
                                shapes.get(j).getBpmnElement().getId())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void humanTasksSayWhoAndWhichFormAndServiceTasksSayWhichWorker(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            var assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            assertThat(assignment).as("%s has no assignee or candidate group", task.getId()).isNotNull();
            assertThat(assignment.getAssignee() != null || assignment.getCandidateGroups() != null).isTrue();
            var form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            assertThat(form).as("%s has no form key", task.getId()).isNotNull();
            assertThat(form.getFormKey()).isNotBlank();
            assertThat(task.getName()).as("%s needs a name people can read", task.getId()).isNotBlank();
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            var definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            assertThat(definition).as("%s has no job type", task.getId()).isNotNull();
            assertThat(definition.getType()).matches("[a-z]+\\.[a-z-]+");
        }
    }

    @ParameterizedTest
    @MethodSource("dmnFiles")
    void decisionsTargetCamunda88AndEveryRuleIsComplete(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(root.getAttributeNS(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Cloud");
        assertThat(root.getAttributeNS(MODELER_NS, "executionPlatformVersion")).startsWith("8.8");
        var tables = root.getElementsByTagNameNS("*", "decisionTable");
        assertThat(tables.getLength()).isPositive();
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            int inputs = table.getElementsByTagNameNS("*", "input").getLength();
            int outputs = table.getElementsByTagNameNS("*", "output").getLength();
            var rules = table.getElementsByTagNameNS("*", "rule");
            assertThat(rules.getLength()).isPositive();
            for (int r = 0; r < rules.getLength(); r++) {
                Element rule = (Element) rules.item(r);
                assertThat(rule.getElementsByTagNameNS("*", "inputEntry").getLength()).isEqualTo(inputs);
                assertThat(rule.getElementsByTagNameNS("*", "outputEntry").getLength()).isEqualTo(outputs);
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** An expanded sub-process is drawn around what it contains. */
    private static boolean inside(BpmnShape child, BpmnShape container) {
        return child.getBpmnElement().getParentElement() != null
                && child.getBpmnElement().getParentElement().equals(container.getBpmnElement());
    }
}
