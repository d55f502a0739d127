package org.coachingpool.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Single sign-on, when COACHINGPOOL_OIDC_ISSUER is set (its settings are checked before the start: SignInSettingsCheck). */
@Configuration
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

    @Bean
    @ConditionalOnExpression("!'${coachingpool.oidc.issuer:}'.isBlank()")
    OrganisationProvider organisationProvider(OidcSettings settings) {
        return new OrganisationProvider(settings);
    }
}
