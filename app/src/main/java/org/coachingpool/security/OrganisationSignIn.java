package org.coachingpool.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
    static final String UNVERIFIED = "email_not_verified";
    static final String ELSEWHERE = "account_of_another";
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
        return match(provider.loadUser(request));
    }

    /**
     * The pool's account for someone the provider signed in. An account bound to the provider's
     * stable id for them ({@code sub}) is theirs, whatever their email now says. Otherwise the
     * email finds it, but only an email the provider says it verified, and only an account not
     * bound to someone else: an address reused, or set by a person on an account of their own at a
     * lax provider, never opens another person's account (issue 27). The account is then bound.
     */
    OidcUser match(OidcUser signedIn) {
        String issuer = String.valueOf(signedIn.getIssuer());
        String subject = signedIn.getSubject();
        var bound = subject == null ? Optional.<Accounts.StoredAccount>empty()
                : accounts.findAccountBySubject(issuer, subject);
        Accounts.StoredAccount account = bound.orElseGet(() -> byVerifiedEmail(signedIn, issuer, subject));
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

    private Accounts.StoredAccount byVerifiedEmail(OidcUser signedIn, String issuer, String subject) {
        Object email = signedIn.getClaims().get(settings.emailClaim());
        if (!(email instanceof String address) || address.isBlank()) {
            log.info("Sign-in through the identity provider refused: no '{}' claim", settings.emailClaim());
            throw refused(UNKNOWN, "no email claim");
        }
        if (subject == null || !settings.trustUnverifiedEmail() && !verified(signedIn.getClaims().get("email_verified"))) {
            log.info("Sign-in through the identity provider refused: the provider did not say the email is verified");
            throw refused(UNVERIFIED, "email not verified");
        }
        List<Accounts.StoredAccount> found = accounts.findAccountsByEmail(address.strip());
        if (found.size() != 1) {
            log.info("Sign-in through the identity provider refused: {} accounts with that email", found.size());
            throw refused(UNKNOWN, found.isEmpty() ? "no account" : "several accounts");
        }
        Accounts.StoredAccount account = found.getFirst();
        var boundTo = accounts.boundSubject(account.user().id(), issuer);
        if (boundTo.isPresent() && !boundTo.get().equals(subject)
                || boundTo.isEmpty() && !accounts.bindSubject(account.user().id(), issuer, subject)) {
            log.warn("Sign-in through the identity provider refused: account {} belongs to another person at the "
                    + "provider", account.user().id());
            throw refused(ELSEWHERE, "account bound to another subject");
        }
        return account;
    }

    private static boolean verified(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
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
