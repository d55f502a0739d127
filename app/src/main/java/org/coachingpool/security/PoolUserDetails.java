package org.coachingpool.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; carries the {@link CurrentUser} for services. */
final class PoolUserDetails implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;

    PoolUserDetails(Accounts.StoredAccount account) {
        this.user = account.user();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    List<Role> roles() {
        return List.copyOf(user.roles());
    }
}
