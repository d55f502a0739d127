package org.coachingpool.pool.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.coachingpool.pool.ApplicationId;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.pool.OnboardingProcess;
import org.springframework.stereotype.Component;

/** Adapters between the steps of joining the pool and {@link Onboarding}. */
@Component
public class OnboardingWorkers {

    private final Onboarding onboarding;

    public OnboardingWorkers(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @JobWorker(type = OnboardingProcess.JOB_OPEN_PROFILE, fetchVariables = OnboardingProcess.VAR_APPLICATION)
    public void openProfile(@Variable(name = OnboardingProcess.VAR_APPLICATION) String applicationId) {
        onboarding.openProfile(ApplicationId.parse(applicationId));
    }

    @JobWorker(type = OnboardingProcess.JOB_ACTIVATE, fetchVariables = OnboardingProcess.VAR_APPLICATION)
    public void activate(@Variable(name = OnboardingProcess.VAR_APPLICATION) String applicationId) {
        onboarding.activate(ApplicationId.parse(applicationId));
    }

    @JobWorker(type = OnboardingProcess.JOB_CLOSE, fetchVariables = {OnboardingProcess.VAR_APPLICATION,
            OnboardingProcess.VAR_INTEREST})
    public void close(@Variable(name = OnboardingProcess.VAR_APPLICATION) String applicationId,
            @Variable(name = OnboardingProcess.VAR_INTEREST) String interest) {
        onboarding.close(ApplicationId.parse(applicationId), "TRAINING".equals(interest));
    }
}
