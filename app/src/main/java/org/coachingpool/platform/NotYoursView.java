package org.coachingpool.platform;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.coachingpool.security.NotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page whose service refused the person as it opened ({@link NotAllowedException}): answered
 * with the words of {@link PageNotFoundView}, so a page that is not theirs does not confirm that
 * it exists.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | Coaching Pool")
@PermitAll
public class NotYoursView extends VerticalLayout implements HasErrorParameter<NotAllowedException> {

    private static final Logger log = LoggerFactory.getLogger(NotYoursView.class);

    public NotYoursView() {
        PageNotFoundView.fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAllowedException> parameter) {
        log.info("Refused {}: {}", event.getLocation().getPath(), parameter.getException().getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
