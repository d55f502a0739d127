package org.coachingpool.platform;

import java.util.HashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The prod profile: an external PostgreSQL; the Camunda client is configured by the starter.
 * The app connects as DATABASE_USER, a role that may read and write the service's tables but
 * only read and append to the audit log; migrations run as DATABASE_OWNER_USER, which owns the
 * tables, and grant the app's role what it may do after every migration (afterMigrate.sql).
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${DATABASE_URL}") String url, @Value("${DATABASE_USER}") String user,
            @Value("${DATABASE_PASSWORD}") String password) {
        return Databases.pooled(url, user, password, "DATABASE_URL");
    }

    @Bean
    FlywayConfigurationCustomizer migrationsAsTheOwner(@Value("${DATABASE_URL}") String url,
            @Value("${DATABASE_USER}") String appRole, @Value("${DATABASE_OWNER_USER}") String owner,
            @Value("${DATABASE_OWNER_PASSWORD}") String ownerPassword) {
        return configuration -> {
            var placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(Databases.APP_ROLE_PLACEHOLDER, appRole);
            configuration.dataSource(url, owner, ownerPassword).placeholders(placeholders);
        };
    }
}
