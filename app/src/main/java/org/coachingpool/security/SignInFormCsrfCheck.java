package org.coachingpool.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form must carry the CSRF token of the page it was sent from. Vaadin's security
 * set-up exempts the login path from Spring's CSRF check, because its login form once posted
 * without one; the form now copies the token from the page's {@code _csrf} meta tags, so the
 * check is made here, before the password is looked at. Without it another site could sign a
 * visitor in to an account of its choosing (login CSRF).
 */
class SignInFormCsrfCheck extends OncePerRequestFilter {

    static final String REFUSED_URL = "/login?error=expired";

    private final String loginPath;
    private final CsrfTokenRepository tokens;
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();

    SignInFormCsrfCheck(String loginPath, CsrfTokenRepository tokens) {
        this.loginPath = loginPath;
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && path.equals(loginPath));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken expected = tokens.loadToken(request);
        if (expected == null || !(matches(expected, masked.resolveCsrfTokenValue(request, expected))
                || matches(expected, plain.resolveCsrfTokenValue(request, expected)))) {
            // The page was open too long (its session ended) or the form did not come from it.
            response.sendRedirect(request.getContextPath() + REFUSED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean matches(CsrfToken expected, String sent) {
        return sent != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
