package org.coachingpool.embedded;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.util.Arrays;
import javax.sql.DataSource;
import org.coachingpool.definitions.RunningInstances;
import org.coachingpool.incidents.IncidentFeed;
import org.coachingpool.platform.Databases;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default mode: PostgreSQL and the Zeebe engine run inside the app. They start side by
 * side; the engine has replayed its log before any Camunda client connects; on shutdown the
 * clients and workers stop first, then the engine, and the database last.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@EnableConfigurationProperties(EmbeddedSettings.class)
class EmbeddedRuntimeConfiguration {

    static final String RUNTIME_BEAN = "embeddedRuntime";

    @Bean(name = RUNTIME_BEAN, destroyMethod = "close")
    EmbeddedRuntime embeddedRuntime(EmbeddedSettings settings) {
        return EmbeddedRuntime.start(settings);
    }

    /** Closed with the runtime, not on its own. */
    @Bean(destroyMethod = "")
    EmbeddedEngine embeddedEngine(EmbeddedRuntime runtime) {
        return runtime.engine();
    }

    /** Incidents read from the engine's own log (ADR 0006). */
    @Bean
    IncidentFeed embeddedIncidentFeed(EmbeddedEngine engine) {
        return engine.incidentFeed();
    }

    /** Running instances read from the engine's own log, for migrations. */
    @Bean
    RunningInstances embeddedRunningInstances(EmbeddedEngine engine) {
        return engine.runningInstances();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedRuntime runtime) {
        return Databases.pooled(runtime.database().jdbcUrl(), "postgres", "postgres", "the embedded database");
    }

    @Bean
    EmbeddedBackups embeddedBackups(EmbeddedRuntime runtime, DataSource dataSource, EmbeddedSettings settings,
            Clock clock) {
        return new EmbeddedBackups(runtime, dataSource, settings, clock);
    }

    @Bean
    static BeanFactoryPostProcessor clientsWaitForEmbeddedEngine() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] existing = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                String[] dependsOn = Arrays.copyOf(existing, existing.length + 1);
                dependsOn[existing.length] = RUNTIME_BEAN;
                definition.setDependsOn(dependsOn);
            }
        };
    }
}
