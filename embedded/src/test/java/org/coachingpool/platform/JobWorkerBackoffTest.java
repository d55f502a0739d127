package org.coachingpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.worker.BackoffSupplier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Idle polls back off to a minute, except just after a start, when jobs a dead process had taken
 * come back and only a poll finds them.
 */
class JobWorkerBackoffTest {

    private final BackoffSupplier oneMinute = current -> Duration.ofMinutes(1).toMillis();

    @Test
    void justAfterAStartIdlePollsWaitAtMostTwoSeconds() {
        var backoff = new PlatformConfiguration.FastAfterStart(oneMinute, Duration.ofMinutes(5));
        assertThat(backoff.supplyRetryDelay(30_000)).isEqualTo(2_000);
        assertThat(backoff.supplyRetryDelay(10)).isEqualTo(2_000);
    }

    @Test
    void onceJobsTakenBeforeTheStartHaveComeBackIdlePollsBackOffAsUsual() throws InterruptedException {
        var backoff = new PlatformConfiguration.FastAfterStart(oneMinute, Duration.ofMillis(20));
        Thread.sleep(50);
        assertThat(backoff.supplyRetryDelay(30_000)).isEqualTo(60_000);
    }
}
