package org.coachingpool.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Runs the start-up checks of the settings once the settings are read and logging is set up,
 * so that a start refused for a missing setting says so in the log format the platform asked
 * for (one JSON object a line with LOGGING_STRUCTURED_FORMAT_CONSOLE), not in a format of its own.
 */
class SettingsChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private final ProductionSettingsCheck production = new ProductionSettingsCheck();
    private final SignInSettingsCheck signIn = new SignInSettingsCheck();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        production.postProcessEnvironment(event.getEnvironment(), event.getSpringApplication());
        signIn.postProcessEnvironment(event.getEnvironment(), event.getSpringApplication());
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
