package org.coachingpool.platform;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;

/** The side menu is built from the views for each person (ADR 0032), and a refusal reads as one. */
class MenuAndRefusalsTest extends ViewTest {

    @Test
    void eachPersonSeesTheMenuEntriesOfTheirRolesLinkedToTheirViews() {
        assertThat(menuAs("thinker")).containsExactly("My tasks", "Ask for coaching or mentoring", "My relationships",
                "Offer to coach or mentor", "Email settings", "Your records", "Change your password", "How it works");
        assertThat(menuAs("sponsor")).containsExactly("My tasks", "My people", "Offer to coach or mentor",
                "Email settings", "Your records", "Change your password", "How it works");
        assertThat(menuAs("coach1")).containsExactly("My tasks", "My relationships", "Your profile", "Your figures",
                "Email settings", "Your records", "Change your password", "How it works");
        assertThat(menuAs("pooladmin")).containsExactly("My tasks", "Pool board", "Waiting list", "The pool",
                "How matching ranks", "People", "Organisations", "Impact reports", "Sent mail", "Audit log",
                "Safeguarding lead", "Records and retention", "Email settings", "Your records",
                "Change your password", "How it works");
        assertThat(menuAs("processadmin")).contains("Processes").doesNotContain("Offer to coach or mentor");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("", "board", "processes",
                "how-it-works");
    }

    @Test
    void aPageWhoseServiceRefusesThePersonReadsPageNotFound() {
        signInAndOpen("thinker", "");
        RouteConfiguration.forSessionScope().setRoute("refusing-page", RefusingPage.class);
        UI.getCurrent().navigate("refusing-page");

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).noneMatch(t -> t.contains("secret"));
    }

    @Test
    void aRefusalOnAButtonIsSaidAsOneNotAsAFaultOnOurSide() {
        signInAndOpen("thinker", "");
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isNotInstanceOf(DefaultErrorHandler.class);

        handler.error(new ErrorEvent(new IllegalStateException("wrapped", new NotAllowedException("secret reason"))));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("not yours to see or change")
                        .doesNotContain("secret reason", "went wrong"));
    }

    private List<String> menuAs(String username) {
        signInAndOpen(username, "");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /** A page whose service says no as it opens. */
    @PermitAll
    public static class RefusingPage extends VerticalLayout implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new NotAllowedException("secret: not theirs");
        }
    }
}
