package org.coachingpool.platform;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every page in UK English with day-first dates, whatever the browser says: a browser set to en-US
 * must not turn 15/03/2027 into an error.
 */
@Component
class UkLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
