package org.coachingpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The files in deploy/ are read as compose and Helm would read them and checked against the
 * app: every setting a production start needs is set, the addresses point at services that
 * exist, the engine is Camunda 8.8, secrets are not written in, probes hit the app's real
 * endpoints, and each value a template uses is in the values file.
 */
class DeploymentFilesTest {

    static final Path DEPLOY = Path.of("..", "deploy");
    static final Pattern VALUES_REFERENCE = Pattern.compile("\\.Values\\.([A-Za-z0-9_.]+)");
    static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theComposeFileStartsTheAppWithEverythingAProductionStartNeedsAndTheServicesItNames() throws IOException {
        Map<String, Object> services = map(yaml(DEPLOY.resolve("compose/compose.yaml")).get("services"));
        assertThat(services).containsKeys("app", "postgres", "camunda", "elasticsearch", "mailpit");
        Map<String, Object> app = map(services.get("app"));
        Map<String, Object> environment = map(app.get("environment"));

        assertThat(environment).containsKeys(ProductionSettingsCheck.SELF_MANAGED_START.toArray(String[]::new));
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
        assertThat(environment.get("CAMUNDA_CLIENT_MODE")).isEqualTo("self-managed");

        URI database = URI.create(environment.get("DATABASE_URL").toString().substring("jdbc:".length()));
        Map<String, Object> postgres = map(map(services.get("postgres")).get("environment"));
        assertThat(services).containsKey(database.getHost());
        assertThat(database.getPath()).isEqualTo("/" + postgres.get("POSTGRES_DB"));
        assertThat(environment.get("DATABASE_OWNER_USER")).as("the owner migrates").isEqualTo(postgres.get("POSTGRES_USER"))
                .isNotEqualTo(environment.get("DATABASE_USER"));
        assertThat(environment.get("DATABASE_OWNER_PASSWORD")).as("the password comes from .env, never the file")
                .isEqualTo(postgres.get("POSTGRES_PASSWORD")).asString()
                .matches("\\$\\{DATABASE_OWNER_PASSWORD:\\?.+}");
        assertThat(environment.get("DATABASE_USER")).as("the app's role, made by initdb/")
                .isEqualTo(postgres.get("APP_DATABASE_USER"));
        assertThat(environment.get("DATABASE_PASSWORD")).as("the password comes from .env, never the file")
                .isEqualTo(postgres.get("APP_DATABASE_PASSWORD")).asString()
                .matches("\\$\\{DATABASE_PASSWORD:\\?.+}");
        assertThat(map(services.get("postgres")).get("volumes").toString()).contains("./initdb:/docker-entrypoint-initdb.d");
        assertThat(Files.readString(DEPLOY.resolve("compose/initdb/01-app-role.sh")))
                .contains("create role :\"app_role\" login password :'app_password'");
        assertThat(environment.get("COACHINGPOOL_FIRST_ADMIN_PASSWORD")).asString()
                .matches("\\$\\{COACHINGPOOL_FIRST_ADMIN_PASSWORD:\\?.+}");

        URI grpc = URI.create(environment.get("CAMUNDA_CLIENT_GRPCADDRESS").toString());
        URI rest = URI.create(environment.get("CAMUNDA_CLIENT_RESTADDRESS").toString());
        assertThat(grpc.getHost()).isEqualTo(rest.getHost());
        assertThat(grpc.getPort()).isEqualTo(26500);
        Map<String, Object> camunda = map(services.get(grpc.getHost()));
        assertThat(camunda.get("image").toString()).as("a Camunda 8.8 orchestration cluster")
                .matches("camunda/camunda:\\$\\{CAMUNDA_VERSION:-8\\.8\\.\\d+}");
        Map<String, Object> camundaEnvironment = map(camunda.get("environment"));
        assertThat(camundaEnvironment.get("CAMUNDA_DATA_SECONDARYSTORAGE_TYPE")).isEqualTo("elasticsearch");
        assertThat(services).containsKey(URI.create(camundaEnvironment
                .get("CAMUNDA_DATA_SECONDARYSTORAGE_ELASTICSEARCH_URL").toString()).getHost());
        assertThat(camunda).as("the engine's API is not published outside the compose network")
                .extracting(c -> c.get("ports").toString()).asString().doesNotContain("26500");
        assertThat(services).containsKey(environment.get("SPRING_MAIL_HOST").toString());

        Map<String, Object> dependsOn = map(app.get("depends_on"));
        assertThat(map(dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(dependsOn.get("camunda")).get("condition")).isEqualTo("service_healthy");
        assertThat(app.get("stop_grace_period").toString()).as("longer than the app's 30 s shutdown").isEqualTo("40s");
        assertThat(Files.readString(DEPLOY.resolve("compose/.env.example"))).contains("DATABASE_PASSWORD=\n", "DATABASE_OWNER_PASSWORD=\n",
                "COACHINGPOOL_FIRST_ADMIN_PASSWORD=\n");
    }

    @Test
    void theHelmChartUsesOnlyValuesItDefinesAndSetsEverySettingAProductionStartNeeds() throws IOException {
        Path chart = DEPLOY.resolve("helm/coaching-pool");
        Map<String, Object> meta = yaml(chart.resolve("Chart.yaml"));
        assertThat(meta).containsEntry("apiVersion", "v2").containsEntry("name", "coaching-pool");
        Map<String, Object> values = yaml(chart.resolve("values.yaml"));

        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.list(chart.resolve("templates"))) {
            for (Path template : templates.toList()) {
                String text = Files.readString(template);
                Matcher reference = VALUES_REFERENCE.matcher(text);
                while (reference.find()) {
                    if (!defined(values, reference.group(1))) {
                        missing.add(template.getFileName() + ": .Values." + reference.group(1));
                    }
                }
                assertThat(count(text, "{{- if ")).as(template + ": every if has its end")
                        .isEqualTo(count(text, "{{- end }}"));
                assertThat(rendered(text)).as(template + " is YAML once rendered").isNotNull();
            }
        }
        assertThat(missing).as("values the templates use but values.yaml does not define").isEmpty();

        Map<String, Object> deployment = map(rendered(Files.readString(chart.resolve("templates/deployment.yaml"))));
        Map<String, Object> container = map(((List<?>) map(map(map(deployment.get("spec")).get("template"))
                .get("spec")).get("containers")).getFirst());
        Set<String> names = new LinkedHashSet<>();
        for (Object variable : (List<?>) container.get("env")) {
            names.add(map(variable).get("name").toString());
        }
        assertThat(names).containsAll(ProductionSettingsCheck.SELF_MANAGED_START);
        assertThat(map(map(container.get("livenessProbe")).get("httpGet"))).containsEntry("path", "/actuator/health/liveness")
                .containsEntry("port", "management");
        assertThat(map(map(container.get("readinessProbe")).get("httpGet")))
                .containsEntry("path", "/actuator/health/readiness").containsEntry("port", "management");
        assertThat(container.get("ports").toString()).contains("containerPort=8080", "containerPort=8081");
        assertThat(Files.readString(chart.resolve("templates/deployment.yaml")))
                .as("passwords and client secrets come from Secrets")
                .containsPattern("name: DATABASE_PASSWORD\\s+valueFrom:\\s+secretKeyRef:")
                .containsPattern("name: DATABASE_OWNER_PASSWORD\\s+valueFrom:\\s+secretKeyRef:")
                .containsPattern("name: COACHINGPOOL_OIDC_CLIENTSECRET\\s+valueFrom:\\s+secretKeyRef:")
                .containsPattern("name: CAMUNDA_CLIENT_AUTH_CLIENTSECRET\\s+valueFrom:\\s+secretKeyRef:");
        assertThat(Files.readString(chart.resolve("values.yaml"))).doesNotContainPattern("(?i)password:\\s*\\S");

        Map<String, Object> camunda = map(values.get("camunda"));
        assertThat(URI.create(camunda.get("grpcAddress").toString()).getPort()).isEqualTo(26500);
        Map<String, Object> camundaChart = yaml(DEPLOY.resolve("helm/camunda-values.yaml"));
        assertThat(map(camundaChart.get("orchestration"))).containsEntry("enabled", true);
        assertThat(map(camundaChart.get("elasticsearch"))).containsEntry("enabled", true);
        assertThat(map(camundaChart.get("optimize"))).containsEntry("enabled", false);
    }

    @Test
    void theGuideNamesEveryFileAndTheProbesAndTheLicence() throws IOException {
        String guide = Files.readString(DEPLOY.resolve("README.md"));
        assertThat(guide).contains("compose/compose.yaml", "helm/coaching-pool/", "helm/camunda-values.yaml",
                "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus",
                "Camunda License 1.0", "pg_dump", "jib-image.tar", "image/build-root.sh");
    }

    static boolean defined(Map<String, Object> values, String path) {
        Object at = values;
        for (String key : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> level) || !level.containsKey(key)) {
                return false;
            }
            at = level.get(key);
        }
        return true;
    }

    /** As Helm would render it with every condition true: control lines go, expressions become a word. */
    static Object rendered(String template) {
        var lines = new StringBuilder();
        for (String line : template.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("{{-") && stripped.endsWith("}}") && !stripped.contains(":")) {
                continue;
            }
            lines.append(EXPRESSION.matcher(line).replaceAll("rendered")).append('\n');
        }
        return new Yaml().load(lines.toString());
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
