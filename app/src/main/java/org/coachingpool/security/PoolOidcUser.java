package org.coachingpool.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through the organisation's identity provider, as the app knows them. */
final class PoolOidcUser implements OidcUser, Serializable {

    private final OidcUser signedIn;
    private final CurrentUser user;

    PoolOidcUser(OidcUser signedIn, CurrentUser user) {
        this.signedIn = signedIn;
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Map<String, Object> getClaims() {
        return signedIn.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return signedIn.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return signedIn.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return signedIn.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    /** The app's username, so logs and Spring Security name the person as the app does. */
    @Override
    public String getName() {
        return user.username();
    }
}
