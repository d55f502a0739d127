package org.coachingpool.platform;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the prod profile, checks before anything starts that the settings without which the
 * service cannot run are present, and names the first one missing.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

    private static final List<String> REQUIRED = List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
            "DATABASE_OWNER_USER", "DATABASE_OWNER_PASSWORD");
    /** A role name as written in SQL without quotes: it is put into the grants as it is. */
    private static final String ROLE_NAME = "[A-Za-z_][A-Za-z0-9_]{0,62}";
    /**
     * Everything a production start needs with a self-managed cluster and SMTP: what the
     * deployment files in deploy/ must set (checked by a test).
     */
    static final List<String> SELF_MANAGED_START = List.of("SPRING_PROFILES_ACTIVE", "DATABASE_URL", "DATABASE_USER",
            "DATABASE_PASSWORD", "DATABASE_OWNER_USER", "DATABASE_OWNER_PASSWORD", "COACHINGPOOL_ENCRYPTION_KEYS", "SPRING_MAIL_HOST", "COACHINGPOOL_MAIL_FROM", "COACHINGPOOL_MAIL_PUBLICURL",
            "CAMUNDA_CLIENT_MODE", "CAMUNDA_CLIENT_GRPCADDRESS", "CAMUNDA_CLIENT_RESTADDRESS");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        for (String name : REQUIRED) {
            if (!hasText(environment.getProperty(name))) {
                throw new StartupProblem(name + " is not set (the prod profile uses an external PostgreSQL)",
                        "set " + name + " in the environment, e.g. DATABASE_URL=jdbc:postgresql://db:5432/coachingpool");
            }
        }
        String appRole = environment.getProperty("DATABASE_USER").strip();
        String owner = environment.getProperty("DATABASE_OWNER_USER").strip();
        if (appRole.equalsIgnoreCase(owner)) {
            throw new StartupProblem("DATABASE_USER and DATABASE_OWNER_USER are the same role (" + appRole
                    + "): the app could then change or delete its own audit log",
                    "create two roles, one owning the tables (DATABASE_OWNER_USER, used only to migrate them) and one "
                            + "the app connects as (DATABASE_USER); deploy/README.md shows how");
        }
        if (!appRole.matches(ROLE_NAME)) {
            throw new StartupProblem("DATABASE_USER (" + appRole + ") is not a plain role name",
                    "use letters, digits and underscores only, starting with a letter, e.g. DATABASE_USER=coachingpool");
        }
        if (!hasText(environment.getProperty("coachingpool.encryption.keys"))) {
            throw new StartupProblem("COACHINGPOOL_ENCRYPTION_KEYS is not set (session notes and private reasons are "
                    + "stored encrypted with it)", "set COACHINGPOOL_ENCRYPTION_KEYS=k1:<32 random bytes in base64, "
                    + "from: openssl rand -base64 32>, kept in the organisation's secret store");
        }
        if (!"catch".equalsIgnoreCase(environment.getProperty("coachingpool.mail.delivery", "smtp"))) {
            if (!hasText(environment.getProperty("spring.mail.host"))) {
                throw new StartupProblem("SPRING_MAIL_HOST is not set (the prod profile sends email over SMTP)",
                        "set SPRING_MAIL_HOST to the organisation's mail relay, e.g. SPRING_MAIL_HOST=smtp.example.gov.uk, "
                                + "or COACHINGPOOL_MAIL_DELIVERY=catch to keep email in the app");
            }
            if (!hasText(environment.getProperty("coachingpool.mail.from"))) {
                throw new StartupProblem("COACHINGPOOL_MAIL_FROM is not set (the sender of the service's email)",
                        "set COACHINGPOOL_MAIL_FROM, e.g. COACHINGPOOL_MAIL_FROM='Coaching pool <no-reply@pool.example.gov.uk>'");
            }
            String url = environment.getProperty("coachingpool.mail.public-url");
            if (!hasText(url) || !url.matches("https?://[^\\s/]+.*")) {
                throw new StartupProblem("COACHINGPOOL_MAIL_PUBLICURL is not set to an address (the links in emails start with it)",
                        "set COACHINGPOOL_MAIL_PUBLICURL to the address people open the service at, e.g. "
                                + "COACHINGPOOL_MAIL_PUBLICURL=https://coaching.example.gov.uk");
            }
        }
        boolean selfManaged = hasText(environment.getProperty("camunda.client.grpc-address"));
        boolean saas = hasText(environment.getProperty("camunda.client.cloud.cluster-id"));
        if (!selfManaged && !saas) {
            throw new StartupProblem("no Camunda 8 cluster is configured (the prod profile starts no engine)",
                    "set CAMUNDA_CLIENT_GRPCADDRESS and CAMUNDA_CLIENT_RESTADDRESS for a self-managed cluster, "
                            + "or CAMUNDA_CLIENT_MODE=saas with CAMUNDA_CLIENT_CLOUD_CLUSTERID, "
                            + "CAMUNDA_CLIENT_CLOUD_REGION, CAMUNDA_CLIENT_AUTH_CLIENTID and CAMUNDA_CLIENT_AUTH_CLIENTSECRET");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
