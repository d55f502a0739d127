package org.coachingpool.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu-Testing on the embedded stack: real services, real database, real engine, a faked
 * browser. The signed-in person is carried into the faked request, so Vaadin's route access
 * control sees them as Spring Security's filter would make it.
 */
public abstract class ViewTest extends EmbeddedStackTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.coachingpool");

    @Autowired protected ApplicationContext context;
    @Autowired protected TestUsers users;

    protected CurrentUser signInAndOpen(String username, String route) {
        MockVaadin.tearDown();
        CurrentUser user = users.signIn(username);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ServletRequest wrapped = VaadinServletRequest.getCurrent();
        while (wrapped instanceof ServletRequestWrapper wrapper) {
            wrapped = wrapper.getRequest();
        }
        var request = (FakeRequest) wrapped;
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().navigate(route);
        return user;
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }
}
