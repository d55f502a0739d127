package org.coachingpool.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.mail.repository.MailRepository;
import org.coachingpool.platform.PersonErasing;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox. A message is written in the transaction of what caused it, so it exists exactly
 * when that happened, and once however often the cause is repeated; it is sent after that
 * commits, retried with growing waits while the mail server cannot take it, and shown to the
 * pool team as failed when the tries are spent. Nothing already written is ever dropped.
 */
@Service
public class Mail {

    /** The refusal for anyone but the pool team. */
    private static final String POOL_TEAM_ONLY = "Only the pool team can see the email the service sends.";

    private static final Logger log = LoggerFactory.getLogger(Mail.class);
    /** How long a copy of the app may take to hand a message to the mail server before another may. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int BATCH = 50;
    static final int SHOWN_AT_MOST = 500;

    private final MailRepository outbox;
    private final MailSettings settings;
    private final MailTransport transport;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    private final Counter sentCount;
    private final Counter failedCount;
    private final Counter givenUpCount;

    /** Where a secret link stands in a stored message: what "Sent mail" shows instead of it. */
    public static final String SECRET_LINK_SHOWN_AS = "[a one-time link: only the person it was sent to sees it]";
    private static final String SEALED_LINK = "mail_outbox.secret_link";
    private final TextVault vault;

    Mail(MailRepository outbox, MailSettings settings, MailTransport transport, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions, MeterRegistry metrics,
            TextVault vault) {
        this.vault = vault;
        this.sentCount = Counter.builder("coachingpool.mail.sent")
                .description("Emails the mail server took (or, in the embedded default, kept)").register(metrics);
        this.failedCount = Counter.builder("coachingpool.mail.failures")
                .description("Tries the mail server refused; each is tried again").register(metrics);
        this.givenUpCount = Counter.builder("coachingpool.mail.failed")
                .description("Emails shown to the pool team as not sent after every try").register(metrics);
        this.outbox = outbox;
        this.settings = settings;
        this.transport = transport;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The copies of mail sent to the person go with the rest of their records (ADR 0023). */
    @EventListener
    void onErasing(PersonErasing erasing) {
        outbox.erase(erasing.person());
    }

    /**
     * Writes the message in the caller's transaction, as a message of its own or as a line of
     * the recipient's daily digest, as they chose. A cause already written to them writes nothing.
     *
     * @return whether it was written
     */
    @Transactional
    public boolean queue(OutgoingMail mail) {
        if (mail.to().email() == null || mail.to().email().isBlank() || !mail.to().enabled()) {
            log.info("No email for {} about {}: no address, or the account is disabled", mail.to().id(), mail.cause());
            return false;
        }
        Instant now = clock.instant();
        MailFrequency frequency = frequencyOf(mail.to().id());
        boolean digestLine = frequency == MailFrequency.DAILY && mail.calendar() == null && !mail.secretLink();
        String link = mail.secretLink() ? SECRET_LINK_SHOWN_AS : mail.link();
        var row = new MailRepository.NewRow(new MailId(UUID.randomUUID()), mail.cause(), mail.to().id(),
                mail.to().displayName(), mail.to().email(), mail.kind(), mail.caseId(), mail.caseReference(),
                mail.subject(), letter(mail.to().displayName(), mail.body(), link, frequency), link,
                digestLine, digestLine ? nextDigest(now) : now, mail.calendar(),
                mail.secretLink() ? vault.seal(mail.link(), SEALED_LINK) : null);
        return write(row, now);
    }

    private boolean write(MailRepository.NewRow row, Instant now) {
        boolean written = outbox.insert(row, now);
        if (written && !row.digestLine()) {
            events.publishEvent(new MailQueued(row.id()));
        }
        return written;
    }

    public MailFrequency frequencyOf(UserId person) {
        return outbox.frequencies(List.of(person)).getOrDefault(person, MailFrequency.EACH);
    }

    /** The person's own choice; it applies to messages written from now on. */
    @Transactional
    public void choose(CurrentUser person, MailFrequency frequency) {
        outbox.setFrequency(person.id(), frequency, clock.instant());
    }

    /** The address the service's email comes from, without a display name: the organiser of invitations. */
    public String fromAddress() {
        try {
            return new InternetAddress(settings.from()).getAddress();
        } catch (AddressException e) {
            return settings.from();
        }
    }

    /** The address of a page of the service, as an email links to it. */
    public String link(String path) {
        return settings.link(path);
    }

    /** When, UK time, the digest goes out. */
    public String digestTime() {
        return settings.digestTime().toString();
    }

    public boolean isDemonstration() {
        return settings.delivery() == MailSettings.Delivery.CATCH;
    }

    /**
     * One pass of the sender: bundles the digests that are due, then hands every due message to
     * the mail server (or, in the embedded default, keeps it). Safe to run on several copies of
     * the app at once: each message is taken by one.
     *
     * @return how many messages were sent or kept
     */
    public int deliverDue() {
        bundleDueDigests();
        if (settings.delivery() == MailSettings.Delivery.CATCH) {
            Integer caught = transaction.execute(status -> outbox.catchDue(clock.instant()));
            sentCount.increment(caught == null ? 0 : caught);
            return caught == null ? 0 : caught;
        }
        int delivered = 0;
        while (true) {
            Instant now = clock.instant();
            List<MailRepository.Claimed> batch = transaction.execute(status ->
                    outbox.claimDue(now, now.plus(LEASE), BATCH));
            if (batch == null || batch.isEmpty()) {
                return delivered;
            }
            for (var message : batch) {
                if (send(message)) {
                    delivered++;
                }
            }
            if (batch.size() < BATCH) {
                return delivered;
            }
        }
    }

    private boolean send(MailRepository.Claimed message) {
        try {
            transport.send(message.sealedSecretLink() == null ? message : message.withBody(message.body()
                    .replace(SECRET_LINK_SHOWN_AS, vault.open(message.sealedSecretLink(), SEALED_LINK))), settings.from());
            transaction.executeWithoutResult(status -> outbox.markSent(message.id(), clock.instant()));
            sentCount.increment();
            return true;
        } catch (RuntimeException failure) {
            boolean giveUp = message.attempts() >= settings.maxAttempts();
            Instant next = clock.instant().plus(settings.retryAfter(message.attempts()));
            String reason = describe(failure);
            log.warn("Email {} could not be sent (try {} of {}): {}", message.id(), message.attempts(),
                    settings.maxAttempts(), reason);
            transaction.executeWithoutResult(status -> outbox.markAttemptFailed(message.id(), reason, next, giveUp));
            failedCount.increment();
            if (giveUp) {
                givenUpCount.increment();
            }
            return false;
        }
    }

    private static String describe(Throwable failure) {
        var messages = new ArrayList<String>();
        for (Throwable t = failure; t != null && messages.size() < 3; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && messages.stream().noneMatch(m -> m.contains(message.strip()))) {
                messages.add(message.strip());
            }
        }
        String text = messages.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", messages);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private void bundleDueDigests() {
        for (UserId recipient : outbox.recipientsWithDueDigestLines(clock.instant())) {
            transaction.executeWithoutResult(status -> bundle(recipient));
        }
    }

    private void bundle(UserId recipient) {
        Instant now = clock.instant();
        var lines = outbox.lockDueDigestLines(recipient, now);
        if (lines.isEmpty()) {
            return;
        }
        var first = lines.getFirst();
        var text = new StringBuilder(lines.size() == 1 ? "There is 1 new thing for you"
                : "There are " + lines.size() + " new things for you");
        text.append(" in the coaching and mentoring pool service:\n");
        int number = 1;
        for (var line : lines) {
            text.append("\n").append(number++).append(". ").append(line.subject()).append(" (")
                    .append(UkDates.date(line.createdAt())).append(")\n   ").append(line.link()).append("\n");
        }
        var digest = new MailRepository.NewRow(new MailId(UUID.randomUUID()), "digest:" + UUID.randomUUID(), recipient,
                first.toName(), first.toAddress(), MailKind.DIGEST, null, null,
                "Your daily summary from the coaching and mentoring pool: " + lines.size()
                        + (lines.size() == 1 ? " item" : " items"),
                letter(first.toName(), text.toString().strip(), settings.link(""), MailFrequency.DAILY),
                settings.link(""), false, now, null);
        outbox.insert(digest, now);
        outbox.markInDigest(lines.stream().map(MailRepository.DigestLine::id).toList(), digest.id(), now);
    }

    /** The next time the digest goes out, UK time. */
    Instant nextDigest(Instant now) {
        ZonedDateTime uk = now.atZone(UkDates.UK_TIME);
        ZonedDateTime today = uk.toLocalDate().atTime(settings.digestTime()).atZone(UkDates.UK_TIME);
        return (today.isAfter(uk) ? today : today.plusDays(1)).toInstant();
    }

    private String letter(String name, String body, String link, MailFrequency frequency) {
        String settingsLink = settings.link("email-settings");
        String why = frequency == MailFrequency.DAILY
                ? "You get one email a day with everything in it. To get an email each time instead, go to "
                : "You get an email each time there is something for you. To get one email a day instead, go to ";
        return "Dear " + name + ",\n\n" + body + "\n\n" + link + "\n\n"
                + "---\n" + why + settingsLink + "\n\n"
                + "This email was sent by the coaching and mentoring pool service. Replies to it are not read.\n";
    }

    /** The outbox for the pool team, newest first. */
    public List<SentMail> find(MailFilter filter, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return outbox.find(new MailFilter(filter.state(), filter.recipient(), filter.caseReference(),
                Math.min(Math.max(filter.limit(), 1), SHOWN_AT_MOST)));
    }

    public Optional<SentMail> find(MailId id, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return outbox.find(id);
    }

    /**
     * Sends a failed or waiting message at once, with a full set of tries: after the pool team
     * fixed the address or the mail server is back.
     *
     * @return false when it has been sent meanwhile or is part of a digest
     */
    @Transactional
    public boolean tryAgain(MailId id, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        boolean again = outbox.tryAgainNow(id, clock.instant());
        if (again) {
            events.publishEvent(new MailQueued(id));
        }
        return again;
    }

    /** Messages the pool team should know could not be sent. */
    public int failedCount() {
        return outbox.countFailed();
    }

}
