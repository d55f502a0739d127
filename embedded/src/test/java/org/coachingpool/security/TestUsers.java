package org.coachingpool.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs demo people in for tests, through the same directory the login uses. */
@Component
public class TestUsers {

    private final UserDirectory directory;

    TestUsers(UserDirectory directory) {
        this.directory = directory;
    }

    public CurrentUser get(String username) {
        return directory.findAccount(username).orElseThrow().user();
    }

    /** Puts the person into the security context, as a login would. */
    public CurrentUser signIn(String username) {
        var details = new PoolUserDetails(directory.findAccount(username).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        return details.user();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
