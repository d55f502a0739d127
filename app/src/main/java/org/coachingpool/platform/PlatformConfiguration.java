package org.coachingpool.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /**
     * Services take time from this bean so tests can fix it. Outside production it can be moved,
     * so the demo's simulator can replay a pool year; in production it is the system clock.
     */
    @Bean
    Clock clock(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            return Clock.systemDefaultZone();
        }
        return new MovableClock(Clock.systemDefaultZone());
    }

    /**
     * How long job workers wait before polling again after a poll found nothing (and before
     * retrying a failed command). Workers get their jobs pushed over streams, so polls only catch
     * what a stream missed; each poll is a record in the engine's log, kept until the log is
     * compacted (never, embedded). The client's default caps the wait at 5 s: about 250,000 log
     * records a day from an idle app. A minute keeps a missed job's wait short.
     */
    @Bean
    io.camunda.client.api.worker.BackoffSupplier jobWorkerBackoff() {
        return io.camunda.client.api.worker.BackoffSupplier.newBackoffBuilder()
                .minDelay(50)
                .maxDelay(java.time.Duration.ofMinutes(1).toMillis())
                .backoffFactor(2)
                .jitterFactor(0.1)
                .build();
    }
}
