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
}
