package org.coachingpool.modeller;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coachingpool.platform.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form of processes/ when the app starts, in one deployment. The
 * engine compares each resource with the latest version of the same id, so unchanged files
 * create no new version and restarts are harmless.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String LOCATION = "classpath*:processes/**/*.";
    static final List<String> EXTENSIONS = List.of("bpmn", "dmn", "form");

    private final CamundaClient client;
    private final ProcessDefinitions definitions;

    ProcessDeployer(CamundaClient client, ProcessDefinitions definitions) {
        this.client = client;
        this.definitions = definitions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy(resources());
    }

    static Map<String, byte[]> resources() {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> found = new LinkedHashMap<>();
        try {
            List<Resource> all = new ArrayList<>();
            for (String extension : EXTENSIONS) {
                all.addAll(Arrays.asList(resolver.getResources(LOCATION + extension)));
            }
            all.sort(Comparator.comparing(Resource::getFilename));
            for (Resource resource : all) {
                try (var in = resource.getInputStream()) {
                    found.put(resource.getFilename(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the process resources", e);
        }
        return found;
    }

    void deploy(Map<String, byte[]> resources) {
        if (resources.isEmpty()) {
            log.warn("No BPMN, DMN or form resources found under processes/");
            return;
        }
        DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
        for (var entry : resources.entrySet()) {
            command = command == null
                    ? client.newDeployResourceCommand().addResourceBytes(entry.getValue(), entry.getKey())
                    : command.addResourceBytes(entry.getValue(), entry.getKey());
        }
        DeploymentEvent deployment;
        try {
            deployment = command.requestTimeout(Duration.ofSeconds(60)).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.INVALID_ARGUMENT) {
                throw new StartupProblem("a process resource in processes/ is invalid: " + firstLines(e.getMessage()),
                        "correct the file named above (or restore its last good version) and start again; "
                                + "deployed versions and running cases are unaffected", e);
            }
            throw new StartupProblem("the process engine did not accept the deployment (" + e.getMessage() + ")",
                    "check that the engine is reachable at the configured CAMUNDA_CLIENT_GRPCADDRESS", e);
        } catch (RuntimeException e) {
            throw new StartupProblem("the process engine could not be reached to deploy processes (" + e.getMessage()
                    + ")", "check that the engine is reachable at the configured CAMUNDA_CLIENT_GRPCADDRESS", e);
        }
        for (var process : deployment.getProcesses()) {
            byte[] xml = resources.get(process.getResourceName());
            if (xml != null) {
                definitions.remember(process.getProcessDefinitionKey(), process.getBpmnProcessId(), process.getVersion(),
                        process.getResourceName(), new String(xml, StandardCharsets.UTF_8));
            }
            log.info("Process {} is at version {} (key {})", process.getBpmnProcessId(), process.getVersion(),
                    process.getProcessDefinitionKey());
        }
    }

    private static String firstLines(String message) {
        String[] lines = message == null ? new String[0] : message.strip().split("\\R");
        return String.join(" ", Arrays.copyOf(lines, Math.min(lines.length, 4))).replaceAll("\\s+", " ");
    }
}
