package org.coachingpool.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.coachingpool.security.repository.SignInFailures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing of passwords: after a number of failed sign-ins for one name, or from one
 * address, within a window, every attempt from a browser not known for that name is refused until
 * the window has passed, the right password included: at most 5 guesses a name in 15 minutes. A
 * browser the person signed in from before ({@link KnownDevices}) is never paused by others'
 * failures, only by its own, so nobody can lock a colleague or a whole office out on purpose
 * (issue 27). Names are counted as typed, whether or not an account has them, so the answers say
 * nothing about which accounts exist.
 */
@Service
public class SignInThrottle {

    private static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final int LONGEST_NAME = 200;

    private final SignInFailures failures;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(SignInFailures failures, Clock clock,
            @Value("${coachingpool.sign-in.attempts-per-account:5}") int perAccount,
            @Value("${coachingpool.sign-in.attempts-per-address:20}") int perAddress,
            @Value("${coachingpool.sign-in.pause:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /**
     * Whether a sign-in with this name from this address may be checked at all now. From a browser
     * known for the name, only that browser's own failures count: nobody else's guessing pauses it.
     *
     * @param knownDevice the hash of the browser's token when it is known for the name, else null
     */
    @Transactional(readOnly = true)
    public boolean mayTry(String username, String address, String knownDevice) {
        Instant since = clock.instant().minus(window);
        if (knownDevice != null) {
            return failures.fromDeviceSince(knownDevice, since) < perAccount * 2;
        }
        return failures.forAccountSince(key(username), since) < perAccount
                && failures.fromAddressSince(address(address), since) < perAddress;
    }

    @Transactional
    public void failed(String username, String address, String knownDevice) {
        Instant now = clock.instant();
        failures.add(key(username), address(address), knownDevice, now);
        failures.deleteBefore(now.minus(KEPT_FOR));
    }

    @Transactional
    public void succeeded(String username) {
        failures.clearAccount(key(username));
    }

    /** How long people wait once the throttle stops them, for the message on the sign-in page. */
    public Duration pause() {
        return window;
    }

    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_NAME ? key.substring(0, LONGEST_NAME) : key;
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
