package org.coachingpool.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.coachingpool.security.repository.KnownDeviceRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Browsers a person has signed in from (issue 27). After a correct sign-in the browser gets a
 * cookie with a random token; a later sign-in for the same name from it is "known" and is not
 * paused by failures others caused, for that name or that address: someone who types wrong
 * passwords for a colleague's name, or many names behind a council's proxy, can no longer keep
 * them out. Failures from a known browser pause that browser alone. Only a hash of each token is
 * kept, and a browser unused for 90 days is forgotten.
 */
@Component
public class KnownDevices {

    static final String COOKIE = "coachingpool-device";
    static final Duration KEPT = Duration.ofDays(90);

    private final KnownDeviceRepository devices;
    private final Clock clock;

    KnownDevices(KnownDeviceRepository devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    /** The hash of the request's browser token when that browser is known for the name, else empty. */
    Optional<String> knownFor(String username, HttpServletRequest request) {
        return token(request).map(KnownDevices::hash).filter(hash -> devices.isKnown(hash, key(username)));
    }

    /**
     * Marks this browser as known for the name: after a correct password, or after the person
     * chose a new password with a one-time link.
     */
    public void rememberThisBrowser(String username, HttpServletRequest request, HttpServletResponse response) {
        String token = token(request).filter(t -> devices.isKnown(hash(t), key(username))).orElseGet(this::newToken);
        devices.remember(hash(token), key(username), clock.instant());
        var cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) KEPT.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT15M")
    void forgetOld() {
        devices.forgetUnusedSince(clock.instant().minus(KEPT));
    }

    private String newToken() {
        return SecretTokens.newToken();
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> v != null && v.length() >= 40 && v.length() <= 60).findFirst();
    }

    static String key(String username) {
        return SignInThrottle.key(username);
    }

    private static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
