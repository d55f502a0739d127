package org.coachingpool.platform;

import io.camunda.client.api.worker.BackoffSupplier;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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
    BackoffSupplier jobWorkerBackoff(
            @Value("${coachingpool.worklist.activation-timeout:60s}")
            Duration activationTimeout) {
        var usual = BackoffSupplier.newBackoffBuilder()
                .minDelay(50)
                .maxDelay(Duration.ofMinutes(1).toMillis())
                .backoffFactor(2)
                .jitterFactor(0.1)
                .build();
        return new FastAfterStart(usual, activationTimeout.plusSeconds(30));
    }

    /**
     * Jobs that a process which died (a crash, a kill, a stop that could not wait) had taken come
     * back when their timeout runs out, after this process has started, and the engine does not
     * push a job that comes back that way: a poll finds it. Polls back off to a minute while they
     * find nothing, so for one job timeout after the start they wait at most two seconds, and a
     * case held by the dead process moves on within seconds of its job coming back.
     */
    static final class FastAfterStart implements BackoffSupplier {

        static final long FAST_MILLIS = 2_000;
        private final BackoffSupplier usual;
        private final long fastUntil;

        FastAfterStart(BackoffSupplier usual, Duration window) {
            this.usual = usual;
            this.fastUntil = System.nanoTime() + window.toNanos();
        }

        @Override
        public long supplyRetryDelay(long currentRetryDelay) {
            long delay = usual.supplyRetryDelay(currentRetryDelay);
            return System.nanoTime() - fastUntil < 0 ? Math.min(delay, FAST_MILLIS) : delay;
        }
    }
}
