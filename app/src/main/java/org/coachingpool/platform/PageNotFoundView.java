package org.coachingpool.platform;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that does not exist, or a page the person may not open: the same words for both
 * (a page that is "not yours" must not confirm that it exists), inside the usual frame with a
 * way back.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | Coaching Pool")
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        fill(this);
    }

    /** The words of the page, for every answer that must not say whether the page exists. */
    static void fill(VerticalLayout page) {
        page.setMaxWidth("48rem");
        page.add(new H1("Page not found"),
                new Paragraph("If you typed the web address, check it is correct. If you followed a link, the page "
                        + "may have moved or may not be one you can open."),
                new Anchor("", "Go to your tasks"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
