package org.coachingpool.definitions;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingpool.security.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends resources to the engine in one deployment and records each process and decision version
 * it reports with its content, origin, author and comment. The engine compares each resource with
 * the latest version of the same id: unchanged content gives no new version.
 */
@Service
public class Deployments {

    private static final Logger log = LoggerFactory.getLogger(Deployments.class);

    private final CamundaClient client;
    private final ProcessDefinitions definitions;

    Deployments(CamundaClient client, ProcessDefinitions definitions) {
        this.client = client;
        this.definitions = definitions;
    }

    /** What one resource became in the engine. */
    public record Deployed(ResourceKind kind, String resourceId, int version, long engineKey, boolean isNew) {
    }

    /**
     * Deploys the files (name → content) together and records the versions.
     *
     * @throws DeploymentRefusedException when the engine finds a resource invalid
     * @throws IllegalStateException when the engine cannot be reached
     */
    public List<Deployed> deploy(Map<String, byte[]> files, Origin origin, UserId by, String comment) {
        DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
        for (var entry : files.entrySet()) {
            command = command == null
                    ? client.newDeployResourceCommand().addResourceBytes(entry.getValue(), entry.getKey())
                    : command.addResourceBytes(entry.getValue(), entry.getKey());
        }
        if (command == null) {
            return List.of();
        }
        DeploymentEvent deployment;
        try {
            deployment = command.requestTimeout(Duration.ofSeconds(60)).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.INVALID_ARGUMENT) {
                throw new DeploymentRefusedException(firstLines(e.getMessage()), e);
            }
            throw new IllegalStateException("the process engine did not accept the deployment (" + e.getMessage() + ")",
                    e);
        }
        List<Deployed> result = new ArrayList<>();
        for (var process : deployment.getProcesses()) {
            byte[] xml = files.get(process.getResourceName());
            boolean isNew = definitions.rememberProcess(process.getProcessDefinitionKey(), process.getBpmnProcessId(),
                    process.getVersion(), process.getResourceName(), text(xml), origin, by, comment);
            result.add(new Deployed(ResourceKind.PROCESS, process.getBpmnProcessId(), process.getVersion(),
                    process.getProcessDefinitionKey(), isNew));
            log.info("Process {} is at version {} (key {})", process.getBpmnProcessId(), process.getVersion(),
                    process.getProcessDefinitionKey());
        }
        Map<Long, List<String>> decisionIds = deployment.getDecisions().stream().collect(Collectors.groupingBy(
                d -> d.getDecisionRequirementsKey(), Collectors.mapping(d -> d.getDmnDecisionId(), Collectors.toList())));
        for (var graph : deployment.getDecisionRequirements()) {
            byte[] xml = files.get(graph.getResourceName());
            boolean isNew = definitions.rememberDecision(graph.getDecisionRequirementsKey(),
                    graph.getDmnDecisionRequirementsId(), graph.getVersion(), graph.getDmnDecisionRequirementsName(),
                    graph.getResourceName(), text(xml),
                    decisionIds.getOrDefault(graph.getDecisionRequirementsKey(), List.of()), origin, by, comment);
            result.add(new Deployed(ResourceKind.DECISION, graph.getDmnDecisionRequirementsId(), graph.getVersion(),
                    graph.getDecisionRequirementsKey(), isNew));
            log.info("Decision requirements {} are at version {}", graph.getDmnDecisionRequirementsId(),
                    graph.getVersion());
        }
        for (var form : deployment.getForm()) {
            byte[] schema = files.get(form.getResourceName());
            boolean isNew = definitions.rememberForm(form.getFormKey(), form.getFormId(), form.getVersion(),
                    form.getResourceName(), text(schema), origin, by, comment);
            result.add(new Deployed(ResourceKind.FORM, form.getFormId(), form.getVersion(), form.getFormKey(), isNew));
            log.info("Form {} is at version {} (key {})", form.getFormId(), form.getVersion(), form.getFormKey());
        }
        return result;
    }

    private static String text(byte[] content) {
        return content == null ? "" : new String(content, StandardCharsets.UTF_8);
    }

    /** The first sentence of an engine message, without the gRPC status in front. */
    /**
     * Deletes process definitions from the engine (it refuses while instances run on them).
     *
     * @throws DeploymentRefusedException with the engine's reason
     */
    private static final Duration DELETE_ANSWER_WAIT = Duration.ofSeconds(3);

    public void delete(List<Long> engineKeys) {
        for (long key : engineKeys) {
            try {
                client.newDeleteResourceCommand(key).requestTimeout(DELETE_ANSWER_WAIT).send().join();
            } catch (ClientStatusException refused) {
                var code = refused.getStatus().getCode();
                if (code == Status.Code.DEADLINE_EXCEEDED) {
                    // The embedded engine deletes but never answers (its gateway maps no answer to a
                    // deletion). A definition nothing starts harms nobody if it stays, so go on.
                    log.info("The engine did not confirm deleting definition {}; it is retired here either way", key);
                } else if (code != Status.Code.NOT_FOUND) {
                    throw new DeploymentRefusedException(firstSentence(refused.getMessage()), refused);
                }
                // NOT_FOUND: gone already, a retry after an answer that was lost.
            }
        }
    }

    public static String firstSentence(String message) {
        String text = message == null ? "" : message.replaceFirst("^[A-Z_]+: ", "").strip();
        String first = text.split("\\R")[0];
        return first.length() > 400 ? first.substring(0, 397) + "..." : first;
    }

    static String firstLines(String message) {
        String[] lines = message == null ? new String[0] : message.strip().split("\\R");
        return String.join(" ", Arrays.copyOf(lines, Math.min(lines.length, 6))).replaceAll("\\s+", " ");
    }
}
