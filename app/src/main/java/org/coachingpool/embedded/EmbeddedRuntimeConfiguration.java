package org.coachingpool.embedded;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.coachingpool.platform.Databases;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;

/**
 * The default mode: PostgreSQL and the Zeebe engine run inside the app. Beans are ordered so
 * that the database starts first and stops last, and the engine is ready before any Camunda
 * client connects.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@EnableConfigurationProperties(EmbeddedSettings.class)
class EmbeddedRuntimeConfiguration {

    static final String ENGINE_BEAN = "embeddedEngine";
    static final String DATABASE_BEAN = "embeddedDatabase";

    @Bean(name = DATABASE_BEAN, destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedSettings settings) throws IOException {
        return EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), settings.databasePort());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        return Databases.pooled(database.jdbcUrl(), "postgres", "postgres", "the embedded database");
    }

    /** Depends on the database so that on shutdown the engine stops before the database does. */
    @Bean(name = ENGINE_BEAN, destroyMethod = "close")
    @DependsOn(DATABASE_BEAN)
    EmbeddedEngine embeddedEngine(EmbeddedSettings settings) {
        return new EmbeddedEngine(settings.dataDir().resolve("engine").resolve("zeebe.log"), settings.engineHost(),
                settings.enginePort(), settings.replayTimeout());
    }

    /** Every Camunda client (and so every job worker) waits for the engine and closes before it. */
    @Bean
    static BeanFactoryPostProcessor clientsWaitForEmbeddedEngine() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] existing = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                String[] dependsOn = Arrays.copyOf(existing, existing.length + 1);
                dependsOn[existing.length] = ENGINE_BEAN;
                definition.setDependsOn(dependsOn);
            }
        };
    }
}
