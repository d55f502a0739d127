package org.coachingpool.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.coachingpool.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's security configurer: CSRF stays on (Vaadin's own token for its requests, Spring's
 * for the rest); every view declares who may open it. Password sign-in goes through the
 * {@link SignInThrottle}; every response carries a Content-Security-Policy, a Referrer-Policy and
 * a Permissions-Policy, and HSTS when it came over HTTPS.
 */
@EnableWebSecurity
@Configuration
class SecurityConfiguration extends VaadinWebSecurity {

    /**
     * Only the app's own origin, no frames, plugins or foreign forms, and no inline script: the
     * page Vaadin serves gets its own policy with a nonce for its inline scripts
     * ({@link ScriptNonces}). Vaadin Flow runs the JavaScript the server sends through
     * {@code new Function}, hence 'unsafe-eval'; its components set inline styles, hence
     * style-src 'unsafe-inline'. Its client finds the route by taking the page's base (the
     * {@code <base>} element it writes) off the address, so base-uri can be no stricter than
     * 'self'. data: and blob: carry the modeller's and the charts' images and downloads.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

    /** @param scriptNonce the nonce source ('nonce-...') of a page's inline scripts, or null for none */
    static String contentSecurityPolicy(String scriptNonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' " + (scriptNonce == null ? "" : scriptNonce + " ") + "'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self' blob:",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String PAUSED_URL = "/login?error=wait";

    private final ObjectProvider<OrganisationProvider> organisationProvider;
    private final OidcSettings oidc;
    private final Accounts accounts;
    private final boolean passwords;

    SecurityConfiguration(ObjectProvider<OrganisationProvider> organisationProvider, OidcSettings oidc,
            Accounts accounts, @Value("${coachingpool.sign-in.passwords:true}") boolean passwords) {
        this.organisationProvider = organisationProvider;
        this.oidc = oidc;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(new AntPathRequestMatcher("/actuator/health")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/actuator/health/**")).permitAll()
                // Exposed only in production, on the management port (MANAGEMENT_SERVER_PORT).
                .requestMatchers(new AntPathRequestMatcher("/actuator/prometheus")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/images/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/icons/**")).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)));
        super.configure(http);
        setLoginView(http, LoginView.class);
        // After setLoginView, which sends every failure to /login?error: a paused sign-in says so.
        http.formLogin(form -> form.failureHandler((request, response, refused) -> response.sendRedirect(
                request.getContextPath() + (refused instanceof ThrottledSignIn.Paused ? PAUSED_URL
                        : refused instanceof ThrottledSignIn.PasswordsOff ? "/login?error=passwords" : "/login?error"))));
        // setLoginView exempts the login path from CSRF; the form sends the token, so check it.
        http.addFilterBefore(new SignInFormCsrfCheck("/login",
                        new HttpSessionCsrfTokenRepository()),
                UsernamePasswordAuthenticationFilter.class);
        OrganisationProvider organisation = organisationProvider.getIfAvailable();
        if (organisation != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(organisation)
                    .userInfoEndpoint(info -> info.oidcUserService(new OrganisationSignIn(accounts, oidc)))
                    .failureHandler((request, response, refused) -> response.sendRedirect(
                            request.getContextPath() + "/login?error=" + reason(refused))));
            http.addFilterBefore(new ProviderGate(organisation),
                    OAuth2AuthorizationRequestRedirectFilter.class);
        }
    }

    /** The sign-in page's words for why the organisation's account did not get someone in. */
    static String reason(AuthenticationException refused) {
        if (refused instanceof OAuth2AuthenticationException oauth) {
            return switch (oauth.getError().getErrorCode()) {
                case OrganisationSignIn.UNKNOWN -> "unknown";
                case OrganisationSignIn.DISABLED -> "disabled";
                case OrganisationSignIn.NO_ROLE -> "role";
                case OrganisationSignIn.UNVERIFIED -> "unverified";
                case OrganisationSignIn.ELSEWHERE -> "elsewhere";
                default -> "provider";
            };
        }
        return "provider";
    }

    /**
     * Before a person is sent to the identity provider, checks that it answers: if not, they get
     * the sign-in page saying so instead of a browser error from a server that is down.
     */
    static final class ProviderGate extends OncePerRequestFilter {

        private final OrganisationProvider provider;

        ProviderGate(OrganisationProvider provider) {
            this.provider = provider;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request,
                HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.equals("/oauth2/authorization/" + OrganisationProvider.REGISTRATION) && !provider.answers()) {
                response.sendRedirect(request.getContextPath() + "/login?error=provider");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    @Bean
    AuthenticationProvider throttledSignIn(
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            KnownDevices devices) {
        return new ThrottledSignIn(userDetailsService, passwordEncoder, throttle, devices, passwords);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserDirectory directory) {
        return username -> directory.findAccount(username).map(PoolUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
