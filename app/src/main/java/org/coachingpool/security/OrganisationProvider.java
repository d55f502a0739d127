package org.coachingpool.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The organisation's identity provider, found from its issuer's discovery document when first
 * needed rather than at start: a provider that is down must not stop the service starting, and
 * people who sign in with a password can go on working.
 */
class OrganisationProvider implements ClientRegistrationRepository {

    static final String REGISTRATION = "organisation";
    private static final Logger log = LoggerFactory.getLogger(OrganisationProvider.class);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

    private final OidcSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private volatile ClientRegistration registration;

    OrganisationProvider(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            found = ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
            registration = found;
        }
        return found;
    }

    /** Whether the provider answers now: checked before each sign-in is sent to it. */
    boolean answers() {
        String discovery = settings.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(ANSWER_WITHIN).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                log.warn("The identity provider answered {} for {}", response.statusCode(), discovery);
                return false;
            }
            findByRegistrationId(REGISTRATION);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("The identity provider at {} does not answer: {}", settings.issuer(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
