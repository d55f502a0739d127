package org.coachingpool.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in behind the {@link SignInThrottle}: a paused name or address is refused before
 * its password is checked, each failure is counted, a success clears the name's count.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    /** Refused because of too many failures, whatever the password. */
    static final class Paused extends AuthenticationException {
        Paused() {
            super("too many failed sign-ins; wait before trying again");
        }
    }

    /** Passwords are switched off: everyone signs in with the organisation's account. */
    static final class PasswordsOff extends AuthenticationException {
        PasswordsOff() {
            super("sign-in with a password is switched off");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final KnownDevices devices;
    private final boolean allowed;

    ThrottledSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle, KnownDevices devices,
            boolean allowed) {
        this.devices = devices;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.allowed = allowed;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!allowed) {
            throw new PasswordsOff();
        }
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
        // The sign-in form's own request and response: Spring's request context is bound before security runs.
        var web = RequestContextHolder.getRequestAttributes()
                instanceof ServletRequestAttributes servlet ? servlet : null;
        String knownDevice = web == null ? null : devices.knownFor(name, web.getRequest()).orElse(null);
        if (!throttle.mayTry(name, address, knownDevice)) {
            throw new Paused();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name);
            if (web != null && web.getResponse() != null) {
                devices.rememberThisBrowser(name, web.getRequest(), web.getResponse());
            }
            return signedIn;
        } catch (BadCredentialsException
                | AccountStatusException refused) {
            // Wrong password, unknown name (reported as bad credentials), disabled account: all
            // count, and all look the same. A failure of our own (the database down) is no guess.
            throttle.failed(name, address, knownDevice);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
