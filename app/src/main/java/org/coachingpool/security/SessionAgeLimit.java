package org.coachingpool.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute limit, however busy it has been, so a
 * browser left signed in on a shared desk does not stay signed in for days. Idle sessions end
 * sooner: Vaadin closes a session with no interaction for the session timeout, heartbeats of an
 * open tab notwithstanding ({@code vaadin.closeIdleSessions}). Runs before Spring Security, so
 * the request that finds the session too old is already anonymous and goes to the sign-in page.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class SessionAgeLimit extends OncePerRequestFilter {

    private final Duration limit;

    SessionAgeLimit(@Value("${coachingpool.sign-in.session-limit:12h}") Duration limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        // The container's clock, not the app's: the demo's simulator moves the app's clock by days.
        if (session != null && tooOld(session.getCreationTime(), System.currentTimeMillis())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    boolean tooOld(long createdMillis, long nowMillis) {
        return nowMillis - createdMillis > limit.toMillis();
    }
}
