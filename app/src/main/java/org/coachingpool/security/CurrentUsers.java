package org.coachingpool.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services that are called from a request. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PoolUserDetails details) {
            return Optional.of(details.user());
        }
        if (authentication != null && authentication.getPrincipal() instanceof PoolOidcUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    /** @throws IllegalStateException when nobody is signed in: a view reached without security */
    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }
}
