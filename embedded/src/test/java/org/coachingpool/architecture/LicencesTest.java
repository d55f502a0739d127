package org.coachingpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dependency the packaged app holds is open source, except Camunda's engine pieces in the
 * embedded default, whose licences are named (ADR 0016); the production app holds none of those.
 * Reads the CycloneDX SBOMs the build writes before the tests and writes a plain list beside each,
 * one dependency a line with its licences.
 */
class LicencesTest {

    /** What ./run starts: the app with the embedded engine and database. */
    static final Path SBOM = Path.of("target", "dependency-licences.json");
    static final Path REPORT = Path.of("target", "dependency-licences.txt");
    /** The production artifacts (executable jar and container image). */
    static final Path PRODUCTION_SBOM = Path.of("..", "app", "target", "dependency-licences.json");
    static final Path PRODUCTION_REPORT = Path.of("..", "app", "target", "dependency-licences.txt");

    /** Open-source licences, as SPDX ids or as the names their POMs give. */
    static final Set<String> OPEN_SOURCE = Set.of("Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "0BSD",
            "EPL-1.0", "EPL-2.0", "CC0-1.0", "MPL-1.1", "MPL-2.0", "LGPL-2.1-only", "LGPL-2.1-or-later",
            "GNU Lesser General Public License version 3", "GPL-2.0-with-classpath-exception", "CDDL", "CDDL-1.0",
            "CDDL-1.1", "WTFPL", "ISC", "PostgreSQL", "EDL-1.0", "UPL-1.0", "Unicode-3.0", "Unicode-DFS-2016");
    /** Camunda's engine pieces: allowed in the embedded default, for non-production use (README, ADR 0016). */
    static final Set<String> CAMUNDA_ENGINE = Set.of("Camunda License v1.0", "Zeebe Community License v1.1");
    /** Published without a licence in their POM, checked by hand. */
    static final Map<String, String> CHECKED_BY_HAND = Map.of(
            "net.jcip:jcip-annotations", "CC-BY-2.5 (stated in the jar's own files; annotations only)");

    @Test
    void everyDependencyOfTheEmbeddedDefaultIsOpenSourceExceptCamundasEnginePiecesAndTheListIsWritten()
            throws IOException {
        Map<String, String> report = licences(SBOM, REPORT);
        assertThat(report.keySet()).anyMatch(d -> d.startsWith("io.camunda:zeebe-workflow-engine:"));
    }

    @Test
    void theProductionAppHoldsNoEnginePieceAndNoEmbeddedDatabase() throws IOException {
        Map<String, String> report = licences(PRODUCTION_SBOM, PRODUCTION_REPORT);
        // The client's own parts under the Camunda License (ADR 0016) are for the licensed cluster;
        // the engine that runs processes, its state store and its log are not in production.
        assertThat(report.keySet()).as("the production app's dependencies").noneMatch(d -> Stream.of(
                "io.camunda:zeebe-process-test", "io.camunda:zeebe-workflow-engine:", "io.camunda:zeebe-db:",
                "io.camunda:zeebe-logstreams:", "io.camunda:zeebe-stream-platform:", "io.zonky.test",
                "org.coachingpool:coaching-pool-embedded:").anyMatch(d::startsWith));
    }

    private static Map<String, String> licences(Path sbom, Path reportFile) throws IOException {
        assertThat(sbom).as("the build writes the SBOM before the tests (cyclonedx-maven-plugin)").exists();
        JsonNode components = new ObjectMapper().readTree(sbom.toFile()).path("components");
        Map<String, String> report = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode component : components) {
            String name = component.path("group").asText() + ":" + component.path("name").asText();
            List<String> licences = new ArrayList<>();
            for (JsonNode licence : component.path("licenses")) {
                JsonNode l = licence.path("license");
                licences.add(licence.has("expression") ? licence.path("expression").asText()
                        : l.hasNonNull("id") ? l.path("id").asText() : l.path("name").asText());
            }
            String line = licences.isEmpty() ? CHECKED_BY_HAND.getOrDefault(name, "none stated")
                    : String.join(" OR ", licences);
            report.put(name + ":" + component.path("version").asText(), line);
            boolean open = licences.stream().anyMatch(OPEN_SOURCE::contains);
            boolean engine = name.startsWith("io.camunda:") && licences.stream().anyMatch(CAMUNDA_ENGINE::contains);
            if (!open && !engine && !CHECKED_BY_HAND.containsKey(name)) {
                problems.add(name + " (" + line + ")");
            }
        }
        var text = new StringBuilder("Dependencies of the packaged app and their licences (from ")
                .append(sbom).append(")\n\n");
        report.forEach((dependency, licence) -> text.append(dependency).append("  ").append(licence).append('\n'));
        Files.writeString(reportFile, text);
        System.out.println(report.size() + " dependencies; " + report.values().stream()
                .filter(l -> CAMUNDA_ENGINE.stream().anyMatch(l::contains)).count()
                + " under Camunda's engine licences; the list is in " + reportFile.toAbsolutePath());

        assertThat(report).hasSizeGreaterThan(100);
        assertThat(problems).as("dependencies that are not open source").isEmpty();
        return report;
    }
}
