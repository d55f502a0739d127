package org.coachingpool.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Lets the page Vaadin serves run its own inline scripts and nothing else inline: each page gets
 * a fresh nonce, written on every inline script Vaadin put in it and in that page's
 * Content-Security-Policy. A script someone managed to inject (an element or an onerror
 * attribute) has no nonce and does not run. Every other response keeps the fixed policy of
 * {@link SecurityConfiguration}, which allows no inline script at all.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            String nonce = nonce();
            page.getDocument().select("script:not([src])").attr("nonce", nonce);
            page.getVaadinResponse().setHeader("Content-Security-Policy",
                    SecurityConfiguration.contentSecurityPolicy("'nonce-" + nonce + "'"));
        });
    }

    private String nonce() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
