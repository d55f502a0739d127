package org.coachingpool.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute limit, however busy it has been, so a
 * browser left signed in on a shared desk does not stay signed in for days. Ends one nobody has
 * used for the idle limit (30 minutes): an open tab's heartbeats and push channel touch the
 * session, so the container's own timeout never came while a tab was open (issue 27); only what
 * the person does counts here. Ends every session of a person whose password was reset or set
 * with a link, and every other one when they changed it themselves. Runs before Spring Security,
 * so the request that finds the session ended is already anonymous and goes to the sign-in page.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class SessionAgeLimit extends OncePerRequestFilter {

    /**
     * Set on a session, in epoch milliseconds, when its person changed their password in it: the
     * sessions ended by that change are the others.
     */
    public static final String RENEWED_AT = SessionAgeLimit.class.getName() + ".renewedAt";
    /** How long a person's "sessions valid from" is trusted before it is read again. */
    private static final long READ_AGAIN_MILLIS = 5_000;

    /**
     * Why this browser's last session ended ({@link SignedOut}), set on the session that follows,
     * so that the sign-in page can say why rather than leave the person wondering.
     */
    public static final String SIGNED_OUT_BECAUSE = SessionAgeLimit.class.getName() + ".signedOutBecause";

    /** Why the service ended a session. */
    public enum SignedOut { IDLE, TOO_LONG, PASSWORD_CHANGED }

    /** When the person last did something in this session (epoch milliseconds): heartbeats and push do not count. */
    static final String LAST_ACTIVE = SessionAgeLimit.class.getName() + ".lastActive";

    private final Duration limit;
    private final Duration idleLimit;
    private final Accounts accounts;
    private final Map<UserId, Known> known = new ConcurrentHashMap<>();

    private record Known(long validFromMillis, long readAtMillis) {
    }

    SessionAgeLimit(@Value("${coachingpool.sign-in.session-limit:12h}") Duration limit,
            @Value("${coachingpool.sign-in.idle-limit:${server.servlet.session.timeout:30m}}") Duration idleLimit,
            Accounts accounts) {
        this.limit = limit;
        this.idleLimit = idleLimit;
        this.accounts = accounts;
    }


    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        // The container's clock, not the app's: the demo's simulator moves the app's clock by days.
        long now = System.currentTimeMillis();
        if (session != null) {
            try {
                SignedOut reason = tooOld(session.getCreationTime(), now) ? SignedOut.TOO_LONG
                        : idle(session, now) ? SignedOut.IDLE : ended(session) ? SignedOut.PASSWORD_CHANGED : null;
                if (reason != null) {
                    session.invalidate();
                    request.getSession(true).setAttribute(SIGNED_OUT_BECAUSE, reason);
                } else if (!byTheBrowserAlone(request)) {
                    session.setAttribute(LAST_ACTIVE, now);
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // Another request of the same browser ended it a moment ago: it goes on as anonymous.
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Idle for longer than the limit: nothing the person did reached the app, however many
     * heartbeats an open tab sent (issue 27: the servlet container's own timeout never comes while
     * a tab is open, since each heartbeat touches the session).
     */
    private boolean idle(HttpSession session, long now) {
        return session.getAttribute(LAST_ACTIVE) instanceof Long last && now - last > idleLimit.toMillis();
    }

    /** A request an open tab sends by itself: Vaadin's heartbeat, or its push channel. */
    static boolean byTheBrowserAlone(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.contains("v-r=heartbeat") || query.contains("v-r=push"));
    }

    /**
     * Whether the person's sessions were ended after this one began (a password reset or change)
     * and this one was not renewed since. Read from the database at most every few seconds a
     * person, so every copy of the app ends them within seconds.
     */
    private boolean ended(HttpSession session) {
        UserId person = personOf(session);
        if (person == null) {
            return false;
        }
        long now = System.currentTimeMillis();
        Known validFrom = known.compute(person, (id, before) -> before != null && now - before.readAtMillis()
                < READ_AGAIN_MILLIS ? before : new Known(accounts.sessionsValidFrom(id)
                        .map(Instant::toEpochMilli).orElse(0L), now));
        long began = session.getCreationTime();
        if (session.getAttribute(RENEWED_AT) instanceof Long renewed) {
            began = Math.max(began, renewed);
        }
        return began < validFrom.validFromMillis();
    }

    /** Sessions just ended here take effect at once, not after the next read. */
    @TransactionalEventListener(fallbackExecution = true)
    void forget(SessionsEnded ended) {
        known.remove(ended.person());
    }

    private static UserId personOf(HttpSession session) {
        if (session.getAttribute("SPRING_SECURITY_CONTEXT") instanceof SecurityContext context && context.getAuthentication() != null) {
            Object principal = context.getAuthentication().getPrincipal();
            if (principal instanceof PoolUserDetails details) {
                return details.user().id();
            }
            if (principal instanceof PoolOidcUser signedIn) {
                return signedIn.user().id();
            }
        }
        return null;
    }

    boolean tooOld(long createdMillis, long nowMillis) {
        return nowMillis - createdMillis > limit.toMillis();
    }
}
