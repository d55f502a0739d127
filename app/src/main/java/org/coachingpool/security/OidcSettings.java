package org.coachingpool.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Single sign-on with the organisation's identity provider over OpenID Connect
 * (coachingpool.oidc.*): Microsoft Entra ID, Keycloak, Okta or any other. Off while no issuer
 * is set.
 *
 * @param issuer the provider's issuer address, e.g. https://login.microsoftonline.com/{tenant}/v2.0
 * @param name how the sign-in page names the provider's accounts
 * @param emailClaim the claim that holds the person's work email, matched to the pool's records
 * @param groupsClaim the claim that lists the person's groups, when roles come from the directory
 * @param roles for each role, the directory groups that give it; empty: roles come from the app
 * @param trustUnverifiedEmail link an account by an email the provider does not mark verified
 *     ({@code email_verified}): only for a provider whose email claim the organisation alone sets,
 *     such as Entra ID's for work accounts; false by default (issue 27)
 */
@ConfigurationProperties("coachingpool.oidc")
public record OidcSettings(String issuer, String clientId, String clientSecret, String name, String emailClaim,
        String groupsClaim, List<String> scopes, Map<Role, List<String>> roles, boolean trustUnverifiedEmail) {

    public OidcSettings(String issuer, String clientId, String clientSecret, String name, String emailClaim,
            String groupsClaim, List<String> scopes, Map<Role, List<String>> roles) {
        this(issuer, clientId, clientSecret, name, emailClaim, groupsClaim, scopes, roles, false);
    }

    @ConstructorBinding
    public OidcSettings {
        name = blank(name) ? "your organisation's account" : name;
        emailClaim = blank(emailClaim) ? "email" : emailClaim;
        groupsClaim = blank(groupsClaim) ? "groups" : groupsClaim;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : List.copyOf(scopes);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    public boolean enabled() {
        return !blank(issuer);
    }

    public boolean rolesFromDirectory() {
        return roles.values().stream().anyMatch(groups -> groups != null && !groups.isEmpty());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
