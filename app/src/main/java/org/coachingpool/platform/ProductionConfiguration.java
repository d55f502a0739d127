package org.coachingpool.platform;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The prod profile: an external PostgreSQL; the Camunda client is configured by the starter. */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${DATABASE_URL}") String url, @Value("${DATABASE_USER}") String user,
            @Value("${DATABASE_PASSWORD}") String password) {
        return Databases.pooled(url, user, password, "DATABASE_URL");
    }
}
