package org.coachingpool.faults;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Put into the packaged app by the fault suite ({@code -Dloader.path} and a
 * {@code META-INF/spring.factories} of its own): adds the faulty link to the engine and the driver that
 * plays the pool's people. Nothing of it is in the product.
 */
public final class FaultInjection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().containsProperty("faults.dir")) {
            return;
        }
        var settings = FaultSettings.from(context.getEnvironment());
        var faults = new FaultLog(settings.dir());
        var registry = (GenericApplicationContext) context;
        registry.registerBean(FaultSettings.class, () -> settings);
        registry.registerBean(FaultLog.class, () -> faults);
        registry.registerBean(EngineFaults.class, () -> new EngineFaults(settings, faults));
        registry.registerBean(FaultDriver.class);
    }
}
