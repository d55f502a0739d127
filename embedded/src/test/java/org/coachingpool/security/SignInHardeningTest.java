package org.coachingpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.coachingpool.people.PasswordLinkIssued;
import org.coachingpool.people.Passwords;
import org.coachingpool.support.EmbeddedStackTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Sign-in over real HTTP against the running app, as a browser posts the form: guessing is
 * paused, the answers do not tell which names have accounts, and every response carries the
 * security headers.
 */
@RecordApplicationEvents
class SignInHardeningTest extends EmbeddedStackTest {

    @Autowired ApplicationEvents events;

    @LocalServerPort int port;
    @Autowired SignInThrottle throttle;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetFailures() {
        // Every test signs in from 127.0.0.1: leave no paused address behind for the next one.
        jdbc.sql("delete from sign_in_failure").update();
    }

    /** Posts the sign-in form in a fresh browser session; where the app sends the person next. */
    String signIn(String username, String password) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return post(client, username, password, "&_csrf=" + URLEncoder.encode(csrfToken(page), StandardCharsets.UTF_8));
    }

    /** The token the sign-in page gives its form, as the login form reads it (the page's meta tags). */
    static String csrfToken(String page) {
        var parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                .matcher(page);
        var token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(parameter.find()).as("the sign-in page names the CSRF parameter").isTrue();
        assertThat(parameter.group(1)).isEqualTo("_csrf");
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        return token.group(1);
    }

    String post(HttpClient client, String username, String password, String extra) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + extra;
        var response = client.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as("a redirect after the sign-in form").isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.replace("http://localhost:" + port, "");
    }

    @Test
    void aSignInFormWithoutTheTokenOfItsOwnPageIsRefusedEvenWithTheRightPassword() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(post(client, "sponsor", "demo", "")).as("no token").isEqualTo("/login?error=expired");

        var other = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String otherPage = other.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(post(client, "sponsor", "demo", "&_csrf=" + URLEncoder.encode(csrfToken(otherPage),
                StandardCharsets.UTF_8))).as("another visitor's token").isEqualTo("/login?error=expired");

        var stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(post(stranger, "sponsor", "demo", "&_csrf=made-up")).as("no session at all")
                .isEqualTo("/login?error=expired");
        assertThat(jdbc.sql("select count(*) from sign_in_failure").query(Integer.class).single())
                .as("a refused form is not a wrong password").isZero();
        assertThat(signIn("sponsor", "demo")).as("the form of its own page").doesNotContain("/login");
    }

    URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsUntilThePauseHasPassed() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn("sponsor", "guess " + attempt)).as("wrong password " + attempt).isEqualTo("/login?error");
        }
        assertThat(signIn("sponsor", "demo")).as("the right password, while paused").isEqualTo("/login?error=wait");
        assertThat(signIn("Sponsor ", "demo")).as("the same name typed differently").isEqualTo("/login?error=wait");
        assertThat(signIn("thinker", "demo")).as("another person from the same address").doesNotContain("/login");

        jdbc.sql("update sign_in_failure set failed_at = failed_at - interval '16 minutes'").update();
        assertThat(signIn("sponsor", "demo")).as("after the pause").doesNotContain("/login");
        assertThat(jdbc.sql("select count(*) from sign_in_failure where account_key = 'sponsor'").query(Integer.class)
                .single()).as("a sign-in clears the name's failures").isZero();
    }

    /** A browser with its own cookies, as a person's own computer keeps them between visits. */
    private static HttpClient browser(CookieManager cookies) {
        return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in with the browser's cookies, in a new session (as after closing the browser). */
    private String signInWith(CookieManager cookies, String username, String password) throws Exception {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        var client = browser(cookies);
        String page = client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return post(client, username, password, "&_csrf=" + URLEncoder.encode(csrfToken(page), StandardCharsets.UTF_8));
    }

    /**
     * Someone typing wrong passwords for a colleague's name, or many names from the office's one
     * address, is stopped as before; the colleague, from a browser they signed in from before,
     * still gets in, and so does everyone else in the office from theirs (issue 27).
     */
    @Test
    void othersGuessingPausesTheGuessersButNeverTheOwnerOnABrowserTheySignedInFromBefore() throws Exception {
        var ownLaptop = new CookieManager();
        assertThat(signInWith(ownLaptop, "coach3", "demo")).doesNotContain("/login");
        var colleagueLaptop = new CookieManager();
        assertThat(signInWith(colleagueLaptop, "coach1", "demo")).doesNotContain("/login");

        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn("coach3", "guess " + attempt);
        }
        for (int name = 1; name <= 21; name++) {
            signIn("made-up-" + name, "guess");
        }
        assertThat(signIn("coach3", "demo")).as("the guesser, even with the right password").isEqualTo("/login?error=wait");
        assertThat(signIn("sponsor", "demo")).as("a new browser at the paused address").isEqualTo("/login?error=wait");
        assertThat(signInWith(ownLaptop, "coach3", "demo")).as("the owner on their own laptop").doesNotContain("/login");
        assertThat(signInWith(colleagueLaptop, "coach1", "demo")).as("a colleague behind the same address")
                .doesNotContain("/login");

        // Guessing from a stolen known browser is paused too, but only for that browser.
        for (int attempt = 1; attempt <= 10; attempt++) {
            signInWith(ownLaptop, "coach3", "guess " + attempt);
        }
        assertThat(signInWith(ownLaptop, "coach3", "demo")).isEqualTo("/login?error=wait");
        assertThat(signInWith(colleagueLaptop, "coach1", "demo")).doesNotContain("/login");
    }

    @Test
    void aOneTimeLinkGetsItsOwnerInWhateverOthersDidToPauseTheirName() throws Exception {
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn("coach2", "guess " + attempt);
        }
        assertThat(signIn("coach2", "demo")).isEqualTo("/login?error=wait");
        passwords.sendResetLink(users.get("coach2").id(), users.get("pooladmin"));
        String token = events.stream(PasswordLinkIssued.class)
                .filter(e -> e.person().equals(users.get("coach2").id())).reduce((a, b) -> b).orElseThrow().path()
                .substring("set-password/".length());
        passwords.setWithLink(token, "garden kettle maple river", "garden kettle maple river");
        assertThat(signIn("coach2", "garden kettle maple river")).doesNotContain("/login");
        // Leave the demo password as it was for the tests after this one.
        jdbc.sql("update user_account set password_hash = (select password_hash from user_account where username = "
                + "'coach1') where username = 'coach2'").update();
    }

    @Test
    void aNameWithoutAnAccountIsAnsweredExactlyAsOneWithAnAccount() throws Exception {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            known.add(signIn("sponsor", "wrong"));
            unknown.add(signIn("nobody-by-this-name", "wrong"));
        }
        assertThat(unknown).isEqualTo(known);
        assertThat(known.getLast()).isEqualTo("/login?error=wait");
    }

    @Test
    void oneAddressTryingManyNamesIsPausedForEveryNameFromIt() {
        for (int name = 0; name < 20; name++) {
            throttle.failed("guess-" + name, "203.0.113.7", null);
        }
        assertThat(throttle.mayTry("pooladmin", "203.0.113.7", null)).isFalse();
        assertThat(throttle.mayTry("pooladmin", "198.51.100.20", null)).as("another address").isTrue();
        assertThat(throttle.mayTry("guess-1", "198.51.100.20", null)).as("one failure of that name").isTrue();
    }

    @Test
    void everyResponseCarriesTheContentSecurityAndPrivacyHeaders() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
    }

    /**
     * Only the scripts Vaadin wrote into the page run inline: each page has a nonce of its own on
     * them and in its one policy, and nothing else the app sends allows inline script at all.
     */
    @Test
    void inlineScriptsRunOnlyWithThePagesOwnNonce() throws Exception {
        var client = HttpClient.newHttpClient();
        var first = client.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var second = client.send(HttpRequest.newBuilder(url("/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.headers().allValues("Content-Security-Policy")).as("one policy, not the fixed one as well")
                .hasSize(1);
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        var nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval';")
                .matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).doesNotContain("'unsafe-inline' 'unsafe-eval'").contains("base-uri 'self'");
        var page = Jsoup.parse(first.body());
        assertThat(page.select("script:not([src])")).isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a fresh nonce each page").doesNotContain(nonce.group(1));

        var icon = client.send(HttpRequest.newBuilder(url("/icons/favicon.svg")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(icon.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self' 'unsafe-eval';").doesNotContain("nonce-", "'unsafe-inline' 'unsafe-eval'"));
    }

    @Autowired Passwords passwords;
    @Autowired TestUsers users;

    /** Whether the client's session is signed in: a page of the app answers rather than sending it to sign in. */
    private boolean signedIn(HttpClient client) throws Exception {
        var response = client.send(HttpRequest.newBuilder(url("/your-records")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    @Test
    void aPasswordResetEndsThePersonsOpenSessionAtItsNextRequest() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(post(client, "coach2", "demo", "&_csrf=" + URLEncoder.encode(csrfToken(page),
                StandardCharsets.UTF_8))).doesNotContain("login");
        assertThat(signedIn(client)).as("signed in").isTrue();

        passwords.sendResetLink(users.get("coach2").id(), users.get("pooladmin"));

        assertThat(signedIn(client)).as("the session the pool team ended").isFalse();
        assertThat(signIn("coach2", "demo")).as("the old password still works until the link is used")
                .doesNotContain("login");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInWithoutTheSessionIdInTheAddress() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/your-records", "/cases/00000000-0000-0000-0000-000000000000")) {
            var response = client.send(HttpRequest.newBuilder(url(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            assertThat(location + response.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    /** Issue 28: the session that follows an ended one carries why, for the sign-in page to say. */
    @Test
    void anIdleSessionEndsAndTheNextOneKnowsWhy() throws Exception {
        var limit = new SessionAgeLimit(Duration.ofHours(12), Duration.ofMinutes(30), null);
        var request = new MockHttpServletRequest("GET", "/your-records");
        var idle = new MockHttpSession();
        idle.setAttribute(SessionAgeLimit.LAST_ACTIVE, System.currentTimeMillis() - 31 * 60_000L);
        request.setSession(idle);

        limit.doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain());

        assertThat(idle.isInvalid()).isTrue();
        assertThat(request.getSession(false)).isNotSameAs(idle).isNotNull();
        assertThat(request.getSession(false).getAttribute(SessionAgeLimit.SIGNED_OUT_BECAUSE))
                .isEqualTo(SessionAgeLimit.SignedOut.IDLE);
    }

    @Test
    void aSessionOlderThanTheAbsoluteLimitEnds() {
        var limit = new SessionAgeLimit(Duration.ofHours(12), Duration.ofMinutes(30), null);
        long signedIn = 1_000_000L;
        assertThat(limit.tooOld(signedIn, signedIn + Duration.ofHours(11).toMillis())).isFalse();
        assertThat(limit.tooOld(signedIn, signedIn + Duration.ofHours(12).plusSeconds(1).toMillis()))
                .isTrue();
    }
}
