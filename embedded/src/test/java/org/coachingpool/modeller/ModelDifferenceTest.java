package org.coachingpool.modeller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelDifferenceTest {

    static String file(String name) throws IOException {
        return Files.readString(Path.of("../processes/src/main/resources/processes/" + name));
    }

    @Test
    void aChangedCellOfADecisionTableIsNamedByItsRuleAndColumn() throws IOException {
        String before = file("pool-settings.dmn");
        String after = before.replace("<outputEntry id=\"rule-default-reminder\"><text>\"P5D\"</text>",
                "<outputEntry id=\"rule-default-reminder\"><text>\"P2D\"</text>");
        assertThat(ModelDifference.between(before, after))
                .containsExactly("Changed rule 'rule 2' (rule-default): Remind sponsor after \"P5D\" → \"P2D\"");
    }

    @Test
    void aChangedAssigneeIsListedAndAMovedShapeIsNot() throws IOException {
        String before = file("relationship.bpmn");
        String after = before.replaceFirst("assignee=\"=sponsor\"", "assignee=\"=thinker\"")
                .replaceFirst("<dc:Bounds x=\"(\\d+)\"", "<dc:Bounds x=\"9$1\"");
        assertThat(ModelDifference.between(before, after)).singleElement().asString()
                .startsWith("Changed user task 'Endorse request' (endorse-request): assignment definition assignee")
                .endsWith("=sponsor → =thinker");
        assertThat(ModelDifference.between(before, before)).isEmpty();
    }

    @Test
    void aStepTakenOutIsListedAsRemovedAndItsFlowsAsChanged() {
        String before = ModelLibraryTest.process("p", ModelLibraryTest.serviceTask("case.set-stage"));
        String after = before.replaceAll("(?s)<bpmn:serviceTask.*?</bpmn:serviceTask>", "")
                .replace("targetRef=\"work\"", "targetRef=\"end\"").replaceAll("<bpmn:sequenceFlow id=\"f2\"[^>]*/>", "");
        assertThat(ModelDifference.between(before, after)).containsExactlyInAnyOrder(
                "Removed service task 'Do the work' (work)",
                "Removed sequence flow f2",
                "Changed sequence flow f1: target ref work → end");
    }
}
