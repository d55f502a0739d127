package org.coachingpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.coachingpool.CoachingPoolApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features as Spring Modulith sees them (ADR 0033): each top-level package a module whose API
 * is its root package, no module reaching into another's sub-packages, no cycles. The module
 * diagram in docs/architecture/ is drawn from the code and must match it.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CoachingPoolApplication.class);
    static final Path DIAGRAM = Path.of("..", "docs", "architecture", "modules.puml");

    @Test
    void modulesUseEachOthersApiOnlyAndDependWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramInDocsIsTheOneTheCodeDraws() throws IOException {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        String drawn = Files.readString(output.resolve("components.puml"));
        String committed = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM) : "";
        // The documenter lists the same lines in an order that varies between runs: compare them as a set.
        if (!lines(committed).equals(lines(drawn))) {
            // Redrawn for the next run: the change to the modules shows in the diff to commit.
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, drawn);
        }
        assertThat(lines(committed)).as("docs/architecture/modules.puml was out of date and is redrawn: commit it")
                .isEqualTo(lines(drawn));
    }

    private static Set<String> lines(String diagram) {
        return new TreeSet<>(diagram.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }
}
