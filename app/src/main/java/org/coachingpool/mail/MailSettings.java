package org.coachingpool.mail;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How email leaves the service (coachingpool.mail.*).
 *
 * @param delivery CATCH keeps every message for the "Sent mail" page and sends none (the embedded
 *     default); SMTP sends through the server in spring.mail.* (production)
 * @param from the sender, e.g. {@code Coaching pool <no-reply@pool.example.gov.uk>}
 * @param publicUrl the address people open the service at, for the links in messages
 * @param digestTime when, UK time, the daily digest goes out
 * @param maxAttempts tries before a message is shown as failed to the pool team
 * @param firstRetry the wait after the first failure; it doubles each time up to maxRetry
 */
@ConfigurationProperties("coachingpool.mail")
public record MailSettings(Delivery delivery, String from, String publicUrl, LocalTime digestTime, int maxAttempts,
        Duration firstRetry, Duration maxRetry) {

    public enum Delivery { CATCH, SMTP }

    public MailSettings {
        delivery = delivery == null ? Delivery.CATCH : delivery;
        from = from == null || from.isBlank() ? "Coaching pool <no-reply@coaching-pool.invalid>" : from;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        digestTime = digestTime == null ? LocalTime.of(7, 0) : digestTime;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    }

    /** The wait before the next try after this many failed ones. */
    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    String link(String path) {
        return publicUrl + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
