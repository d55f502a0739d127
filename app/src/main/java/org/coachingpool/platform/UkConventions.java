package org.coachingpool.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every page in UK English with day-first dates (a browser saying en-US must not turn 15/03/2027
 * into an error), and one error handler for the whole UI: the person is told plainly, the log gets
 * the details.
 */
@Component
class UkConventions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UkConventions.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification.show("Sorry, something went wrong on our side. Nothing you saved has been lost: try "
                        + "again, and if it happens again, reload the page.", 10_000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
