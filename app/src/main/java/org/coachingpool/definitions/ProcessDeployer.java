package org.coachingpool.definitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
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
 * Deploys the BPMN, DMN and form files of processes/ when the app starts, but only those whose
 * content differs from what was last deployed from that file (ADR 0010). A version a process admin
 * made live in the browser therefore stays live across restarts; a new release of the app that
 * changes a file makes that file live again, as a new version, and says so in the log.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String LOCATION = "classpath*:processes/**/*.";
    static final List<String> EXTENSIONS = List.of("bpmn", "dmn", "form");

    private final Deployments deployments;
    private final ProcessDefinitions definitions;

    ProcessDeployer(Deployments deployments, ProcessDefinitions definitions) {
        this.deployments = deployments;
        this.definitions = definitions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deployChanged(resources());
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

    /** Deploys the files that changed since they were last deployed; the rest stay as they are. */
    void deployChanged(Map<String, byte[]> resources) {
        Map<String, String> last = definitions.fileChecksums();
        Map<String, byte[]> changed = new LinkedHashMap<>();
        resources.forEach((name, content) -> {
            if (!sha256(content).equals(last.get(name))) {
                changed.put(name, content);
            }
        });
        if (changed.isEmpty()) {
            log.info("The files in processes/ are as last deployed; the live versions stay live");
            return;
        }
        deploy(changed);
    }

    /** Deploys these files together, whatever was deployed before. */
    void deploy(Map<String, byte[]> resources) {
        if (resources.isEmpty()) {
            log.warn("No BPMN, DMN or form resources found under processes/");
            return;
        }
        List<Deployments.Deployed> deployed;
        try {
            deployed = deployments.deploy(resources, Origin.FILES, null, null);
        } catch (DeploymentRefusedException e) {
            throw new StartupProblem("a process resource in processes/ is invalid: " + e.getMessage(),
                    "correct the file named above (or restore its last good version) and start again; "
                            + "deployed versions and running cases are unaffected", e);
        } catch (RuntimeException e) {
            throw new StartupProblem("the process engine could not be reached to deploy processes (" + e.getMessage()
                    + ")", "check that the engine is reachable at the configured CAMUNDA_CLIENT_GRPCADDRESS", e);
        }
        resources.forEach((name, content) -> definitions.rememberFile(name, sha256(content)));
        deployed.stream().filter(Deployments.Deployed::isNew).filter(d -> d.version() > 1).forEach(d -> log.info(
                "processes/ changed the {} '{}': version {} is live now, replacing any version deployed in the browser",
                d.kind().label(), d.resourceId(), d.version()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
