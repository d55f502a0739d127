package org.coachingpool.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.coachingpool.CoachingPoolApplication;
import org.coachingpool.audit.AuditLog;
import org.coachingpool.embedded.EmbeddedEngine;
import org.coachingpool.security.UserId;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prod profile starts nothing embedded: it runs against an engine and a PostgreSQL started
 * outside the app, and refuses to start, naming the setting, when one is missing or unreachable.
 */
class ProductionProfileTest {

    static ZeebeTestEngine engine;
    static int enginePort;
    static EmbeddedPostgres database;

    @BeforeAll
    static void externalServices() throws Exception {
        enginePort = EmbeddedStackTest.freePort();
        engine = EngineFactory.create(enginePort);
        engine.start();
        database = EmbeddedPostgres.builder().start();
        JdbcClient.create(database.getPostgresDatabase()).sql("create role coachingpool_app login password 'app'")
                .update();
    }

    @AfterAll
    static void stopServices() throws Exception {
        engine.stop();
        database.close();
    }

    @Test
    void runsAgainstAnExternalEngineAndDatabaseWithoutDemoData() {
        try (ConfigurableApplicationContext app = prodApp(settings(url("postgres")))) {
            assertThat(app.getBeansOfType(EmbeddedEngine.class)).isEmpty();
            var jdbc = JdbcClient.create(database.getPostgresDatabase());
            assertThat(jdbc.sql("select count(*) from process_definition where bpmn_process_id = 'relationship'")
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from user_account").query(Integer.class).single()).isZero();
        }
    }

    /** A new production database gets its first pool admin from settings, once, and never another. */
    @Test
    void theFirstPoolAdminComesFromSettingsOnceAndLaterStartsChangeNothing() throws Exception {
        var admin = JdbcClient.create(database.getPostgresDatabase());
        admin.sql("create database first_admin").update();
        String url = url("first_admin");
        List<String> first = new ArrayList<>(settings(url));
        first.addAll(List.of("coachingpool.first-admin.username=rhian", "coachingpool.first-admin.name=Rhian Davies",
                "coachingpool.first-admin.email=rhian@example.org",
                "coachingpool.first-admin.organisation=Northshire Pool Team",
                "coachingpool.first-admin.password=a long enough secret"));
        try (ConfigurableApplicationContext app = prodApp(first)) {
            var jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("""
                            select string_agg(r.role, ',' order by r.role) from user_account u
                            join user_role r on r.user_id = u.id where u.username = 'rhian'
                            """).query(String.class).single()).isEqualTo("POOL_ADMIN,PROCESS_ADMIN");
            String hash = jdbc.sql("select password_hash from user_account where username = 'rhian'")
                    .query(String.class).single();
            assertThat(hash).startsWith("$2").doesNotContain("secret");
        }
        List<String> again = new ArrayList<>(settings(url));
        again.addAll(List.of("coachingpool.first-admin.username=someone", "coachingpool.first-admin.name=Some One",
                "coachingpool.first-admin.email=some@example.org", "coachingpool.first-admin.password=another long one"));
        try (ConfigurableApplicationContext app = prodApp(again)) {
            var jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("select count(*) from user_account").query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aShortFirstAdminPasswordIsNamed() throws Exception {
        var admin = JdbcClient.create(database.getPostgresDatabase());
        admin.sql("create database short_password").update();
        List<String> settings = new ArrayList<>(settings(url("short_password")));
        settings.addAll(List.of("coachingpool.first-admin.username=rhian", "coachingpool.first-admin.name=Rhian Davies",
                "coachingpool.first-admin.email=rhian@example.org", "coachingpool.first-admin.password=short"));
        assertThat(startupProblem(() -> prodApp(settings).close()))
                .hasMessageContaining("COACHINGPOOL_FIRST_ADMIN_PASSWORD must be at least 12 characters");
    }

    /**
     * Whoever holds the app's database password cannot rewrite the audit log: the app's role may
     * read it and append to it, and the database refuses it anything else.
     */
    @Test
    void theAppsDatabaseRoleMayAppendToTheAuditLogButNeverChangeIt() throws Exception {
        var owner = JdbcClient.create(database.getPostgresDatabase());
        owner.sql("create database append_only").update();
        try (ConfigurableApplicationContext app = prodApp(settings(url("append_only")))) {
            app.publishEvent(new AccountChange(
                    new UserId(UUID.randomUUID()), "tried the audit log's rights"));
            var asTheApp = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(asTheApp.sql("select current_user").query(String.class).single()).isEqualTo("coachingpool_app");
            assertThat(asTheApp.sql("select count(*) from audit_event").query(Integer.class).single())
                    .as("appended as the app's role").isPositive();
            for (String change : List.of("update audit_event set detail = 'rewritten'", "delete from audit_event",
                    "truncate audit_event", "alter table audit_event disable trigger audit_event_no_change",
                    "delete from flyway_schema_history")) {
                assertThatThrownBy(() -> asTheApp.sql(change).update()).as(change).rootCause()
                        .satisfiesAnyOf(
                                e -> assertThat(e).hasMessageContaining("permission denied"),
                                e -> assertThat(e).hasMessageContaining("must be owner"));
            }
            assertThat(app.getBean(AuditLog.class).check().intact()).isTrue();
        }
    }

    @Test
    void anAppRoleThatCouldRewriteTheAuditLogIsRefusedAtTheStart() {
        var owner = JdbcClient.create(database.getPostgresDatabase());
        owner.sql("create role pool_owner login password 'owner'").update();
        owner.sql("create database owned_elsewhere owner pool_owner").update();
        List<String> superuserApp = new ArrayList<>(settings(url("owned_elsewhere")));
        superuserApp.removeIf(s -> s.startsWith("DATABASE_"));
        superuserApp.addAll(List.of("DATABASE_URL=" + url("owned_elsewhere"),
                "DATABASE_USER=postgres", "DATABASE_PASSWORD=postgres", "DATABASE_OWNER_USER=pool_owner",
                "DATABASE_OWNER_PASSWORD=owner"));
        assertThat(startupProblem(() -> prodApp(superuserApp).close()))
                .hasMessageContaining("the app's database role (DATABASE_USER) may change or delete audit log entries");

        List<String> oneRole = new ArrayList<>(settings(url("postgres")));
        oneRole.removeIf(s -> s.startsWith("DATABASE_OWNER_USER"));
        oneRole.add("DATABASE_OWNER_USER=coachingpool_app");
        assertThat(startupProblem(() -> prodApp(oneRole).close()))
                .hasMessageContaining("DATABASE_USER and DATABASE_OWNER_USER are the same role");
        List<String> noOwner = new ArrayList<>(settings(url("postgres")));
        noOwner.removeIf(s -> s.startsWith("DATABASE_OWNER_USER"));
        assertThat(startupProblem(() -> prodApp(noOwner).close())).hasMessageContaining("DATABASE_OWNER_USER is not set");
    }

    @Test
    void aMissingDatabaseSettingIsNamed() {
        List<String> settings = settings(null);
        assertThat(startupProblem(() -> prodApp(settings).close())).hasMessageContaining("DATABASE_URL is not set");
    }

    @Test
    void anUnreachableDatabaseIsNamed() {
        assertThat(startupProblem(() -> prodApp(settings("jdbc:postgresql://127.0.0.1:1/nothing")).close()))
                .hasMessageContaining("cannot reach PostgreSQL at DATABASE_URL=jdbc:postgresql://127.0.0.1:1/nothing")
                .hasMessageContaining("refused");
    }

    @Test
    void aMissingClusterSettingIsNamed() {
        List<String> settings = new ArrayList<>(settings(url("postgres")));
        settings.removeIf(s -> s.startsWith("camunda.client.grpc-address"));
        assertThat(startupProblem(() -> prodApp(settings).close()))
                .hasMessageContaining("no Camunda 8 cluster is configured");
    }

    @Test
    void aMissingEncryptionKeyIsNamedAndNoKeyFileIsMadeInProduction() {
        List<String> settings = new ArrayList<>(settings(url("postgres")));
        settings.removeIf(s -> s.startsWith("COACHINGPOOL_ENCRYPTION_KEYS"));
        assertThat(startupProblem(() -> prodApp(settings).close()))
                .hasMessageContaining("COACHINGPOOL_ENCRYPTION_KEYS is not set");
        settings.add("COACHINGPOOL_ENCRYPTION_KEYS=k1:c2hvcnQ=");
        assertThat(startupProblem(() -> prodApp(settings).close()))
                .hasMessageContaining("COACHINGPOOL_ENCRYPTION_KEYS key k1 is 5 bytes, not 32");
    }

    /**
     * The platform's view, on the management port: liveness, readiness that checks the database
     * and the engine, and Prometheus metrics with the worklist's and the outbox's figures.
     */
    @Test
    void probesAndMetricsAreOnTheManagementPortAndReadinessChecksTheDatabaseAndTheEngine() throws Exception {
        try (ConfigurableApplicationContext app = prodApp(settings(url("postgres")))) {
            String management = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port");
            var http = HttpClient.newHttpClient();
            var readiness = get(http, management + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");
            var detailed = app.getBean(HealthEndpoint.class)
                    .healthForPath("readiness");
            assertThat(detailed).isInstanceOf(CompositeHealth.class);
            assertThat(((CompositeHealth) detailed).getComponents().keySet())
                    .contains("db", "camundaClient", "readinessState");
            assertThat(get(http, management + "/actuator/health/liveness").statusCode()).isEqualTo(200);
            var metrics = get(http, management + "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("coachingpool_work_items_opened_total",
                    "coachingpool_work_items_completed_total", "coachingpool_work_items_completion_lag_seconds",
                    "coachingpool_mail_sent_total", "coachingpool_mail_failed_total");
            String site = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(get(http, site + "/actuator/prometheus").body())
                    .as("metrics are not on the port people use").doesNotContain("coachingpool_work_items");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badSingleSignOnSettingsAreNamed() {
        List<String> noClient = new ArrayList<>(settings(url("postgres")));
        noClient.add("coachingpool.oidc.issuer=https://login.example.gov.uk/tenant/v2.0");
        assertThat(startupProblem(() -> prodApp(noClient).close())).hasMessageContaining("COACHINGPOOL_OIDC_CLIENTID is not set");
        List<String> badIssuer = new ArrayList<>(settings(url("postgres")));
        badIssuer.addAll(List.of("coachingpool.oidc.issuer=login.example.gov.uk", "coachingpool.oidc.client-id=pool",
                "coachingpool.oidc.client-secret=secret"));
        assertThat(startupProblem(() -> prodApp(badIssuer).close()))
                .hasMessageContaining("COACHINGPOOL_OIDC_ISSUER is not an address");
        List<String> nobody = new ArrayList<>(settings(url("postgres")));
        nobody.add("coachingpool.sign-in.passwords=false");
        assertThat(startupProblem(() -> prodApp(nobody).close())).hasMessageContaining("nobody could sign in");
    }

    @Test
    void missingMailSettingsAreNamedOneAtATime() {
        List<String> noHost = new ArrayList<>(settings(url("postgres")));
        noHost.removeIf(s -> s.startsWith("spring.mail.host"));
        assertThat(startupProblem(() -> prodApp(noHost).close())).hasMessageContaining("SPRING_MAIL_HOST is not set");
        List<String> noFrom = new ArrayList<>(settings(url("postgres")));
        noFrom.removeIf(s -> s.startsWith("COACHINGPOOL_MAIL_FROM"));
        assertThat(startupProblem(() -> prodApp(noFrom).close())).hasMessageContaining("COACHINGPOOL_MAIL_FROM is not set");
        List<String> badUrl = new ArrayList<>(settings(url("postgres")));
        badUrl.removeIf(s -> s.startsWith("COACHINGPOOL_MAIL_PUBLICURL"));
        badUrl.add("COACHINGPOOL_MAIL_PUBLICURL=coaching.example.gov.uk");
        assertThat(startupProblem(() -> prodApp(badUrl).close()))
                .hasMessageContaining("COACHINGPOOL_MAIL_PUBLICURL is not set to an address");
    }

    private static StartupProblem startupProblem(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StartupProblem problem) {
                    assertThat(problem.fix()).isNotBlank();
                    return problem;
                }
            }
            throw new AssertionError("start failed without a StartupProblem", e);
        }
        throw new AssertionError("the app started");
    }

    /** An address without a user in it: the user comes from the settings, as in production. */
    private static String url(String databaseName) {
        return "jdbc:postgresql://localhost:" + database.getPort() + "/" + databaseName;
    }

    private static List<String> settings(String databaseUrl) {
        List<String> settings = new ArrayList<>(List.of(
                "server.port=0",
                "management.server.port=0",
                "DATABASE_USER=coachingpool_app",
                "DATABASE_PASSWORD=app",
                "DATABASE_OWNER_USER=postgres",
                "DATABASE_OWNER_PASSWORD=postgres",
                "COACHINGPOOL_ENCRYPTION_KEYS=k1:" + Base64.getEncoder().encodeToString(new byte[32]),
                "camunda.client.grpc-address=http://127.0.0.1:" + enginePort,
                "camunda.client.rest-address=http://127.0.0.1:1",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=1",
                "COACHINGPOOL_MAIL_FROM=Coaching pool <no-reply@pool.example.gov.uk>",
                "COACHINGPOOL_MAIL_PUBLICURL=https://coaching.example.gov.uk"));
        if (databaseUrl != null) {
            settings.add("DATABASE_URL=" + databaseUrl);
        }
        return settings;
    }

    /**
     * Settings as command-line arguments, as an operator would pass them: they win over
     * application.yml (default properties would not, and server.port=8080 there would bind the
     * port of an app already running on this machine).
     */
    private static ConfigurableApplicationContext prodApp(List<String> properties) {
        return new SpringApplicationBuilder(CoachingPoolApplication.class)
                .profiles("prod")
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
