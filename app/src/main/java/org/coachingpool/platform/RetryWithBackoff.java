package org.coachingpool.platform;

import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Technical failures in job workers retry with exponential back-off (10 s, 20 s, 40 s, ...)
 * and, when the task's retries are spent, become an incident carrying the failure's message.
 * Business outcomes never come here: workers return them as variables or BPMN errors.
 */
@Component
class RetryWithBackoff implements JobExceptionHandlingStrategy {

    private static final int ASSUMED_MODELLED_RETRIES = 5;
    private final JobExceptionHandlingStrategy delegate;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    private final MeterRegistry registry;

    RetryWithBackoff(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics,
            @Value("${coachingpool.jobs.first-backoff:10s}") Duration firstBackoff,
            @Value("${coachingpool.jobs.max-backoff:10m}") Duration maxBackoff,
            MeterRegistry registry) {
        this.registry = registry;
        this.delegate = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        if (exception instanceof CamundaError) {
            delegate.handleException(exception, context);
            return;
        }
        Throwable cause = exception.getCause() != null && exception.getMessage() != null
                && exception.getMessage().startsWith("Failed to invoke method") ? exception.getCause() : exception;
        if (cause instanceof InvocationTargetException invocation && invocation.getCause() != null) {
            cause = invocation.getCause();
        }
        if (cause instanceof CamundaError camundaError) {
            delegate.handleException(camundaError, context);
            return;
        }
        int remaining = Math.max(context.job().getRetries() - 1, 0);
        // Operators alert on these (coachingpool_jobs_failures_total); the last one is an incident.
        registry.counter("coachingpool.jobs.failures", "type", context.job().getType(),
                "incident", Boolean.toString(remaining == 0)).increment();
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        delegate.handleException(new JobError(message, null, remaining, backoff(remaining), cause), context);
    }

    Duration backoff(int remainingRetries) {
        int attempt = Math.max(ASSUMED_MODELLED_RETRIES - remainingRetries - 1, 0);
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempt, 16));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
