package org.coachingpool.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the identity provider has signed someone in: finds them in the pool's records by their
 * work email and gives them their roles, from the app or from the directory's groups. Someone the
 * pool does not know, or whose account is switched off, does not get in.
 */
class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN = "unknown_person";
    static final String DISABLED = "account_disabled";
    static final String NO_ROLE = "no_role";
    private static final Logger log = LoggerFactory.getLogger(OrganisationSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final OidcSettings settings;

    OrganisationSignIn(Accounts accounts, OidcSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        Object email = signedIn.getClaims().get(settings.emailClaim());
        if (!(email instanceof String address) || address.isBlank()) {
            log.info("Sign-in through the identity provider refused: no '{}' claim", settings.emailClaim());
            throw refused(UNKNOWN, "no email claim");
        }
        List<Accounts.StoredAccount> found = accounts.findAccountsByEmail(address.strip());
        if (found.size() != 1) {
            log.info("Sign-in through the identity provider refused: {} accounts with that email", found.size());
            throw refused(UNKNOWN, found.isEmpty() ? "no account" : "several accounts");
        }
        Accounts.StoredAccount account = found.getFirst();
        if (!account.enabled()) {
            throw refused(DISABLED, "account disabled");
        }
        CurrentUser user = account.user();
        if (settings.rolesFromDirectory()) {
            Set<Role> roles = rolesFrom(signedIn.getClaims().get(settings.groupsClaim()));
            if (roles.isEmpty()) {
                throw refused(NO_ROLE, "no mapped group");
            }
            accounts.rolesFromDirectory(user.id(), roles);
            user = new CurrentUser(user.id(), user.username(), user.displayName(), roles);
        }
        return new PoolOidcUser(signedIn, user);
    }

    Set<Role> rolesFrom(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (!(claim instanceof Collection<?> groups)) {
            return roles;
        }
        settings.roles().forEach((role, mapped) -> {
            if (mapped != null && groups.stream().map(String::valueOf).anyMatch(mapped::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static OAuth2AuthenticationException refused(String code, String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), why);
    }
}
