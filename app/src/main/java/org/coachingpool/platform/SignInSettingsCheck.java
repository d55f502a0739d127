package org.coachingpool.platform;

import java.net.URI;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything starts, in every profile: single sign-on settings that cannot work, and
 * passwords switched off with nothing else to sign in with, stop the start naming the setting.
 */
class SignInSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String issuer = environment.getProperty("coachingpool.oidc.issuer", "");
        boolean passwords = environment.getProperty("coachingpool.sign-in.passwords", Boolean.class, true);
        if (issuer.isBlank()) {
            if (!passwords) {
                throw new StartupProblem(
                        "COACHINGPOOL_SIGNIN_PASSWORDS is false but single sign-on is not set up: nobody could sign in",
                        "set COACHINGPOOL_OIDC_ISSUER, COACHINGPOOL_OIDC_CLIENTID and COACHINGPOOL_OIDC_CLIENTSECRET, "
                                + "or leave COACHINGPOOL_SIGNIN_PASSWORDS unset");
            }
            return;
        }
        URI address;
        try {
            address = URI.create(issuer.strip());
        } catch (IllegalArgumentException e) {
            address = null;
        }
        if (address == null || address.getHost() == null
                || !("https".equals(address.getScheme()) || "http".equals(address.getScheme()))) {
            throw new StartupProblem("COACHINGPOOL_OIDC_ISSUER is not an address: " + issuer,
                    "set it to the identity provider's issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0");
        }
        if (environment.getProperty("coachingpool.oidc.client-id", "").isBlank()) {
            throw new StartupProblem(
                    "COACHINGPOOL_OIDC_CLIENTID is not set (single sign-on is on: COACHINGPOOL_OIDC_ISSUER is set)",
                    "set COACHINGPOOL_OIDC_CLIENTID to the application (client) id the identity provider gave the service");
        }
        if (environment.getProperty("coachingpool.oidc.client-secret", "").isBlank()) {
            throw new StartupProblem(
                    "COACHINGPOOL_OIDC_CLIENTSECRET is not set (single sign-on is on: COACHINGPOOL_OIDC_ISSUER is set)",
                    "set COACHINGPOOL_OIDC_CLIENTSECRET to the client secret the identity provider gave the service");
        }
    }
}
