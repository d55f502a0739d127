package org.coachingpool.worklist;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the worklist (Prometheus names with the coachingpool_ prefix): tasks
 * opened and completed, how long a completion took to reach the engine after the person
 * submitted it, and completions the engine did not take at the first try.
 */
@Component
class WorklistMetrics {

    private final Counter opened;
    private final Counter completed;
    private final Counter completionRetried;
    private final Timer completionLag;

    WorklistMetrics(MeterRegistry registry) {
        opened = Counter.builder("coachingpool.work.items.opened")
                .description("Human tasks recorded as work items").register(registry);
        completed = Counter.builder("coachingpool.work.items.completed")
                .description("Work items whose completion the engine took").register(registry);
        completionRetried = Counter.builder("coachingpool.work.items.completion.failures")
                .description("Completions the engine did not take at that try (sent again later)").register(registry);
        completionLag = Timer.builder("coachingpool.work.items.completion.lag")
                .description("From a person submitting a task to the engine taking the completion")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    void opened() {
        opened.increment();
    }

    void completed(Duration sinceSubmitted) {
        completed.increment();
        completionLag.record(sinceSubmitted.isNegative() ? Duration.ZERO : sinceSubmitted);
    }

    void completionFailed() {
        completionRetried.increment();
    }
}
