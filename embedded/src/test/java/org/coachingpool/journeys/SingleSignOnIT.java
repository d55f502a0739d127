package org.coachingpool.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Single sign-on in the browser against a real OpenID Connect provider (mock-oauth2-server,
 * started by the test on a free port) and the packaged app configured for it as an operator
 * would: a person the pool knows signs in by their work email, with passwords switched off; a
 * stranger is refused with a page that says why; a provider that is down gives a clear page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnIT extends JourneyTest {

    static final String ISSUER_ID = "northshire";
    static MockOAuth2Server provider;

    @Override
    String name() {
        return "sso";
    }

    static synchronized MockOAuth2Server provider() {
        if (provider == null) {
            try {
                provider = new MockOAuth2Server();
                provider.start(InetAddress.getByName("127.0.0.1"), EmbeddedStackTest.freePort());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return provider;
    }

    @Override
    PackagedApp app() {
        if (own != null) {
            return own;
        }
        return ownApp("coachingpool-sso",
                "--coachingpool.oidc.issuer=" + provider().issuerUrl(ISSUER_ID),
                "--coachingpool.oidc.client-id=coaching-pool",
                "--coachingpool.oidc.client-secret=a-secret-for-the-test",
                "--coachingpool.oidc.name=your Northshire account",
                "--coachingpool.sign-in.passwords=false");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
            provider = null;
        }
    }

    @Test
    @Order(1)
    void someoneThePoolKnowsSignsInWithTheirOrganisationsAccount() {
        provider().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "tom.bennett-object-id", "JWT",
                List.of("coaching-pool"), Map.of("email", "SPONSOR@example.org", "email_verified", true, "name",
                "Tom Bennett"), 3600));
        Page page = browser.newPage();
        try {
            page.navigate(app().baseUrl() + "/login");
            assertThat(page.getByLabel("Password")).hasCount(0);
            check(page, "sign-in page");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your Northshire account"))
                    .click();
            page.waitForURL(url -> url.startsWith(app().baseUrl()) && !url.contains("/login"));
            heading(page, "My tasks");
            assertThat(page.getByText("Tom Bennett").first()).isVisible();
            link(page, "My people");
            heading(page, "My people");
            check(page, "signed in with the organisation's account");
        } finally {
            page.context().close();
        }
    }

    @Test
    @Order(2)
    void someoneThePoolDoesNotKnowIsToldWhyTheyCannotSignIn() {
        provider().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "stranger-object-id", "JWT",
                List.of("coaching-pool"), Map.of("email", "stranger@example.org", "email_verified", true), 3600));
        Page page = browser.newPage();
        try {
            page.navigate(app().baseUrl() + "/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your Northshire account"))
                    .click();
            page.waitForURL(url -> url.contains("/login?error=unknown"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("has no record of you with that email address");
            check(page, "stranger refused");
            page.navigate(app().baseUrl() + "/");
            page.waitForURL(url -> url.contains("/login"));
        } finally {
            page.context().close();
        }
    }

    /** Signs in through the provider as whoever the next token names; where the app sends the browser. */
    private String signInAs(String subject, Map<String, ?> claims) {
        provider().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("coaching-pool"),
                claims, 3600));
        Page page = browser.newPage();
        try {
            page.navigate(app().baseUrl() + "/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your Northshire account"))
                    .click();
            page.waitForURL(url -> url.startsWith(app().baseUrl()) && !url.contains("/oauth2/")
                    && !url.endsWith("/login"));
            page.locator("h1").first().waitFor();
            if (page.url().contains("error=")) {
                check(page, "refused " + subject);
            }
            return page.url().substring(app().baseUrl().length());
        } finally {
            page.context().close();
        }
    }

    /**
     * An account is bound to the provider's id for its person at the first sign-in (Tom's, above).
     * After that another person at the provider with Tom's email, verified or not, is refused, and
     * Tom gets in by his id even once his email has changed (issue 27).
     */
    @Test
    @Order(3)
    void anAccountIsBoundToItsPersonsIdAtTheProviderNotToAnEmailAddress() {
        assertThat(signInAs("impostor-object-id", Map.of("email", "sponsor@example.org")))
                .as("an email the provider did not verify").isEqualTo("/login?error=unverified");
        assertThat(signInAs("impostor-object-id", Map.of("email", "sponsor@example.org", "email_verified", false)))
                .isEqualTo("/login?error=unverified");
        assertThat(signInAs("impostor-object-id", Map.of("email", "sponsor@example.org", "email_verified", true)))
                .as("Tom's email, verified, at another person's account").isEqualTo("/login?error=elsewhere");
        assertThat(signInAs("tom.bennett-object-id", Map.of("email", "t.bennett@renamed.example.org",
                "email_verified", true))).as("Tom, whose email changed at the provider").doesNotContain("/login");
    }

    @Test
    @Order(4)
    void aProviderThatIsDownGivesAClearPage() {
        app();
        provider().shutdown();
        provider = null;
        Page page = browser.newPage();
        try {
            page.navigate(app().baseUrl() + "/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your Northshire account"))
                    .click();
            page.waitForURL(url -> url.contains("/login?error=provider"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("is not working at the moment");
            check(page, "provider down");
        } finally {
            page.context().close();
        }
        assertThat(accessibilityProblems).isEmpty();
    }
}
