package org.coachingpool.platform;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.coachingpool.security.NotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the whole UI, for what no view expected. A refusal by a service
 * ({@link NotAllowedException}) is said plainly as one; anything else tells the person that
 * nothing they saved is lost, and the log gets the details.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            var refusal = refusal(error.getThrowable());
            if (refusal != null) {
                // A service said no: the person is told plainly, and nothing went wrong on our side.
                log.info("Refused: {}", refusal.getMessage());
                if (ui != null) {
                    Notification.show("You cannot do this: it is not yours to see or change. If you think it should "
                            + "be, ask your pool team.", 10_000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                return;
            }
            log.error("Unexpected error in the UI", error.getThrowable());
            if (ui != null) {
                Notification.show("Sorry, something went wrong on our side. Nothing you saved has been lost: try "
                        + "again, and if it happens again, reload the page.", 10_000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private static NotAllowedException refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotAllowedException refused) {
                return refused;
            }
        }
        return null;
    }
}
