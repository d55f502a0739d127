package org.coachingpool.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.people.repository.PasswordLinkRepository;
import org.coachingpool.people.repository.PeopleRepository;
import org.coachingpool.platform.AccountChange;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.Problems;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.Role;
import org.coachingpool.security.SecretTokens;
import org.coachingpool.security.SessionsEnded;
import org.coachingpool.security.SignInThrottle;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords that only their owner ever knows (issue 27). The pool team never sets or sees one: it
 * sends a one-time link by email, to a new person or to someone who forgot theirs, and the person
 * chooses their password on the page it opens. Everyone can change their own. Setting a password
 * by a link, and a reset being asked for, end every session of the person; changing one's own ends
 * every other session. Links are kept only as a hash, work once, and expire (a day for a reset, a
 * week for a new account); a newer link retires older ones.
 */
@Service
public class Passwords {

    static final Duration RESET_LASTS = Duration.ofHours(24);
    static final Duration SET_UP_LASTS = Duration.ofDays(7);
    /** The page a link opens; the token follows. */
    public static final String PAGE = "set-password";

    private final PasswordLinkRepository links;
    private final PeopleRepository people;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final SignInThrottle throttle;

    Passwords(PasswordLinkRepository links, PeopleRepository people, PasswordEncoder encoder, PasswordPolicy policy,
            ApplicationEventPublisher events, Clock clock, SignInThrottle throttle) {
        this.throttle = throttle;
        this.links = links;
        this.people = people;
        this.encoder = encoder;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** What a link can still do. */
    public enum LinkState { VALID, EXPIRED, USED, UNKNOWN }

    /** @param displayName whose link it is, only while it is valid */
    public record LinkCheck(LinkState state, String displayName, String username) {
    }

    /**
     * Sends the person a link to choose a new password and ends every session they have. Their
     * current password keeps working until they use the link, so a reset asked for by mistake or
     * in malice locks nobody out.
     *
     * @throws InvalidInputException when the person cannot sign in with a password
     */
    @Transactional
    public void sendResetLink(UserId person, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, "Only the pool team can send a link to set a password.");
        var record = people.find(person).orElseThrow(() -> new InvalidInputException("person",
                "That person does not exist."));
        if (!record.enabled()) {
            throw new InvalidInputException("person", record.displayName() + " cannot sign in at the moment: enable "
                    + "them first, then send the link.");
        }
        issue(person, PasswordLinkIssued.Purpose.RESET, admin);
        links.endSessionsBefore(person, sessionClock());
        events.publishEvent(new SessionsEnded(person));
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.PEOPLE,
                "Sent a one-time link to set a new password; every session of theirs was ended", person));
    }

    /** A new person gets a link to choose their first password; called as they are added. */
    void sendSetUpLink(UserId person, CurrentUser admin) {
        issue(person, PasswordLinkIssued.Purpose.SET_UP, admin);
    }

    private void issue(UserId person, PasswordLinkIssued.Purpose purpose, CurrentUser admin) {
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        Instant expires = now.plus(purpose == PasswordLinkIssued.Purpose.RESET ? RESET_LASTS : SET_UP_LASTS);
        links.retireUnused(person, now);
        UUID id = UUID.randomUUID();
        links.insert(id, person, hash(token), purpose.name(), admin.id(), now, expires);
        events.publishEvent(new PasswordLinkIssued(person, id, purpose, PAGE + "/" + token, expires,
                admin.displayName()));
    }

    /** Whether a link still works, and whose it is: for the page it opens. */
    public LinkCheck check(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new LinkCheck(LinkState.UNKNOWN, null, null);
        }
        return links.find(hash(token)).map(link -> {
            LinkState state = stateOf(link);
            if (state != LinkState.VALID) {
                return new LinkCheck(state, null, null);
            }
            var person = people.find(link.person()).orElseThrow();
            return new LinkCheck(state, person.displayName(), person.username());
        }).orElse(new LinkCheck(LinkState.UNKNOWN, null, null));
    }

    /**
     * Sets the password the link's owner chose. The link then stops working, and every session of
     * theirs ends.
     *
     * @throws InvalidInputException naming the field, or "link" when it no longer works
     */
    @Transactional
    public void setWithLink(String token, String password, String repeat) {
        var link = token == null || token.length() > 100 ? Optional.<PasswordLinkRepository.StoredLink>empty()
                : links.lock(hash(token));
        LinkState state = link.map(this::stateOf).orElse(LinkState.UNKNOWN);
        if (state != LinkState.VALID) {
            throw new InvalidInputException("link", whyNot(state));
        }
        var person = people.find(link.get().person()).orElseThrow();
        checkNew(password, repeat, person.username(), person.displayName()).throwIfAny();
        Instant now = clock.instant();
        people.setPasswordHash(person.id(), encoder.encode(password));
        // Whatever others did to pause the name, its owner gets in with the password they just chose.
        throttle.succeeded(person.username());
        links.used(link.get().id(), now);
        links.retireUnused(person.id(), now);
        links.endSessionsBefore(person.id(), sessionClock());
        events.publishEvent(new SessionsEnded(person.id()));
        events.publishEvent(new AccountChange(person.id(), "Set their password with a one-time link; every session "
                + "of theirs was ended"));
        events.publishEvent(new PasswordChanged(person.id(), now));
    }

    /**
     * Changes the signed-in person's own password. Every other session of theirs ends; the one
     * they are using goes on (the caller marks it renewed).
     *
     * @return when the change took effect: sessions that began before it end, unless renewed after it
     * @throws InvalidInputException naming the field
     */
    @Transactional
    public Instant change(CurrentUser me, String current, String password, String repeat) {
        var person = people.find(me.id()).orElseThrow(() -> new NotAllowedException("No such account."));
        // No password here yet: imported, added and not yet through their link, or signing in through their organisation.
        String stored = links.passwordHash(me.id()).filter(hash -> !hash.startsWith("!")).orElse(null);
        var problems = new Problems()
                .when(stored == null, "current", "You do not have a password for this service. Sign in through "
                        + "your organisation, or ask the pool team to email you a link to choose one.")
                .when(stored != null && (current == null || current.isEmpty()), "current",
                        "Enter your current password.")
                .when(stored != null && current != null && !current.isEmpty() && !encoder.matches(current, stored),
                        "current", "Your current password is not right. Check it and try again.");
        problems.throwIfAny();
        checkNew(password, repeat, person.username(), person.displayName())
                .when(password != null && password.equals(current), "password",
                        "Your new password must be different from your current one.")
                .throwIfAny();
        Instant now = clock.instant();
        people.setPasswordHash(me.id(), encoder.encode(password));
        Instant ended = sessionClock();
        links.retireUnused(me.id(), now);
        links.endSessionsBefore(me.id(), ended);
        events.publishEvent(new SessionsEnded(me.id()));
        events.publishEvent(new AccountChange(me.id(), "Changed their own password; every other session of theirs "
                + "was ended"));
        events.publishEvent(new PasswordChanged(me.id(), now));
        return ended;
    }

    /** Sessions of the person that began before this moment have ended; empty if none was ever ended. */
    public Optional<Instant> sessionsValidFrom(UserId person) {
        return links.sessionsValidFrom(person);
    }

    /**
     * Sessions are ended by the servlet container's clock, which tells when each began: not the
     * app's clock, which the demo's simulator moves by days.
     */
    private static Instant sessionClock() {
        return Instant.now();
    }

    private Problems checkNew(String password, String repeat, String username, String displayName) {
        var problem = policy.problemWith(password, username, displayName);
        return new Problems()
                .when(problem.isPresent(), "password", problem.orElse(""))
                .when(problem.isEmpty() && (repeat == null || !repeat.equals(password)), "repeat",
                        "The two passwords are not the same. Type the new password again.");
    }

    private LinkState stateOf(PasswordLinkRepository.StoredLink link) {
        if (link.usedAt() != null) {
            return LinkState.USED;
        }
        return link.expiresAt().isAfter(clock.instant()) ? LinkState.VALID : LinkState.EXPIRED;
    }

    /** Why a link does not work, and what to do. */
    public static String whyNot(LinkState state) {
        return switch (state) {
            case USED -> "This link has been used already. Sign in with the password you chose, or ask the pool team "
                    + "for a new link.";
            case EXPIRED -> "This link has expired. Ask the pool team to send you a new one.";
            case UNKNOWN -> "This link does not work. Check you copied all of it from the email, or ask the pool team "
                    + "to send you a new one.";
            case VALID -> "";
        };
    }

    private static String hash(String token) {
        return SecretTokens.hash(token);
    }

}
