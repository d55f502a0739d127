package org.coachingpool.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.audit.AuditEntry;
import org.coachingpool.audit.AuditFilter;
import org.coachingpool.audit.AuditLog;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.SentMail;
import org.coachingpool.people.NewPerson;
import org.coachingpool.people.PasswordChanged;
import org.coachingpool.people.PasswordLinkIssued;
import org.coachingpool.people.Passwords;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MovableClock;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.coachingpool.security.NotAllowedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Nobody becomes someone else through their password (issue 27): the pool team sends a one-time
 * link and never learns a password; the link works once, for a day, and ends every session; a
 * password people use often is refused; everyone changes their own; nothing stored or shown
 * carries the link.
 */
@RecordApplicationEvents
class PasswordsTest extends ViewTest {

    private static final String GOOD = "garden kettle maple river";

    @Autowired Passwords passwords;
    @Autowired People people;
    @Autowired ApplicationEvents events;
    @Autowired UserDetailsService accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired Mail mail;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTime() {
        ((MovableClock) clock).release();
    }

    private record Someone(UserId id, String username) {
    }

    /** A new person, added by the pool team, who has set their first password with the link. */
    private Someone someone() {
        var admin = users.get("pooladmin");
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        UserId id = people.add(new NewPerson("Casey Lindqvist", username, username + "@example.org",
                people.organisations(admin).getFirst(), Set.of(Role.THINKER, Role.COACH)), admin);
        passwords.setWithLink(tokenFor(id), GOOD, GOOD);
        return new Someone(id, username);
    }

    private String tokenFor(UserId person) {
        return events.stream(PasswordLinkIssued.class).filter(e -> e.person().equals(person))
                .reduce((first, second) -> second).orElseThrow().path().substring("set-password/".length());
    }

    @Test
    void aResetLinkEndsEverySessionKeepsTheOldPasswordUntilUsedAndWorksOnceThenTheNewPasswordSignsIn() {
        var person = someone();
        var admin = users.get("pooladmin");
        var before = passwords.sessionsValidFrom(person.id()).orElseThrow();

        passwords.sendResetLink(person.id(), admin);
        String token = tokenFor(person.id());
        assertThat(passwords.sessionsValidFrom(person.id()).orElseThrow()).as("every session ended").isAfter(before);
        assertThat(signIn(person.username(), GOOD)).as("a reset sent by mistake locks nobody out").isTrue();
        assertThat(passwords.check(token).state()).isEqualTo(Passwords.LinkState.VALID);

        passwords.setWithLink(token, "quiet harbour lantern moss", "quiet harbour lantern moss");
        assertThat(signIn(person.username(), "quiet harbour lantern moss")).isTrue();
        assertThatThrownBy(() -> signIn(person.username(), GOOD)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> passwords.setWithLink(token, "another long phrase here", "another long phrase here"))
                .as("a link works once").isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("link");
                    assertThat(e.getMessage()).contains("used already");
                });
        assertThat(signIn(person.username(), "quiet harbour lantern moss")).isTrue();
    }

    @Test
    void aNewerLinkRetiresTheOlderAndALinkExpiresAfterADay() {
        var person = someone();
        var admin = users.get("pooladmin");
        passwords.sendResetLink(person.id(), admin);
        String older = tokenFor(person.id());
        passwords.sendResetLink(person.id(), admin);
        String newer = tokenFor(person.id());
        assertThat(passwords.check(older).state()).isEqualTo(Passwords.LinkState.EXPIRED);
        assertThat(passwords.check(newer).state()).isEqualTo(Passwords.LinkState.VALID);

        ((MovableClock) clock).set(clock.instant().plus(Duration.ofHours(25)));
        assertThat(passwords.check(newer).state()).isEqualTo(Passwords.LinkState.EXPIRED);
        assertThatThrownBy(() -> passwords.setWithLink(newer, "quiet harbour lantern moss",
                "quiet harbour lantern moss")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("expired"));
        assertThat(passwords.check("made-up-" + UUID.randomUUID()).state()).isEqualTo(Passwords.LinkState.UNKNOWN);
    }

    @Test
    void onlyThePoolTeamSendsLinksAndNobodyCanSetAnotherPersonsPassword() {
        var person = someone();
        assertThatThrownBy(() -> passwords.sendResetLink(person.id(), users.get("sponsor")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> passwords.sendResetLink(person.id(), users.get("coach1")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(events.stream(PasswordLinkIssued.class).filter(e -> e.person().equals(person.id())).count())
                .as("only the link made when they were added").isEqualTo(1);
    }

    @Test
    void aWeakPasswordIsRefusedNamingTheProblemAndNothingChanges() {
        var person = someone();
        passwords.sendResetLink(person.id(), users.get("pooladmin"));
        String token = tokenFor(person.id());
        assertProblem(() -> passwords.setWithLink(token, "short one", "short one"), "password", "12 characters or more");
        assertProblem(() -> passwords.setWithLink(token, "Password2024!", "Password2024!"), "password",
                "passwords people use often");
        assertProblem(() -> passwords.setWithLink(token, "qwertyuiop123", "qwertyuiop123"), "password",
                "passwords people use often");
        assertProblem(() -> passwords.setWithLink(token, "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"), "password",
                "repeats the same few characters");
        assertProblem(() -> passwords.setWithLink(token, "my " + person.username() + " forever",
                "my " + person.username() + " forever"), "password", "must not include your username");
        assertProblem(() -> passwords.setWithLink(token, "quiet harbour lantern moss", "quiet harbour lantern mos"),
                "repeat", "not the same");
        assertThat(passwords.check(token).state()).as("still usable after mistakes").isEqualTo(Passwords.LinkState.VALID);
        assertThat(signIn(person.username(), GOOD)).isTrue();
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOneAndIsToldByEmail() {
        var person = someone();
        CurrentUser me = users.get(person.username());
        assertProblem(() -> passwords.change(me, "not it at all", "quiet harbour lantern moss",
                "quiet harbour lantern moss"), "current", "not right");
        assertProblem(() -> passwords.change(me, GOOD, GOOD, GOOD), "password", "different from your current one");

        signInAndOpen(person.username(), "your-password");
        var view = _get(ChangePasswordView.class);
        _setValue(view.current, GOOD);
        _setValue(view.password, "quiet harbour lantern moss");
        _setValue(view.repeat, "quiet harbour lantern moss");
        _click(view.change);
        assertThat(view.getElement().getTextRecursively()).contains("Your password is changed");
        assertThat(signIn(person.username(), "quiet harbour lantern moss")).isTrue();
        assertThat(events.stream(PasswordChanged.class).filter(e -> e.person().equals(person.id())).count())
                .as("set with the link, then changed").isEqualTo(2);
        assertThat(mail.find(new MailFilter(null, person.username(), null, 50), users.get("pooladmin")))
                .extracting(SentMail::subject).contains("Your password was changed");
    }

    @Test
    void theLinkPageLetsItsOwnerChooseAPasswordAndSaysWhyAUsedOrWrongLinkDoesNotWork() {
        var admin = users.get("pooladmin");
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        UserId id = people.add(new NewPerson("Robin Ashdown", username, username + "@example.org",
                people.organisations(admin).getFirst(), Set.of(Role.THINKER)), admin);
        String token = tokenFor(id);

        signInAndOpen("thinker", "set-password/" + token);
        var page = _get(SetPasswordView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Choose your password", "Robin Ashdown", username);
        _setValue(page.password, "short");
        _setValue(page.repeat, "short");
        _click(page.choose);
        assertThat(page.password.isInvalid()).isTrue();
        _setValue(page.password, GOOD);
        _setValue(page.repeat, GOOD);
        _click(page.choose);
        assertThat(page.getElement().getTextRecursively()).contains("Your password is saved");
        assertThat(signIn(username, GOOD)).isTrue();

        signInAndOpen("thinker", "set-password/" + token);
        assertThat(_get(SetPasswordView.class).getElement().getTextRecursively()).contains("This link does not work",
                "used already");
        signInAndOpen("thinker", "set-password/not-a-real-link");
        assertThat(_get(SetPasswordView.class).getElement().getTextRecursively()).contains("This link does not work",
                "Check you copied all of it");
    }

    @Test
    void neitherSentMailTheAuditLogNorTheDatabaseHoldsALink() {
        var person = someone();
        var admin = users.get("pooladmin");
        passwords.sendResetLink(person.id(), admin);
        String token = tokenFor(person.id());

        var sent = mail.find(new MailFilter(null, person.username(), null, 50), admin);
        assertThat(sent).extracting(SentMail::subject).contains("Choose a new password for the coaching and mentoring "
                + "pool", "Your account for the coaching and mentoring pool");
        String mailText = sent.stream().map(m -> m.subject() + "\n" + m.body()).collect(Collectors.joining("\n"));
        assertThat(mailText).doesNotContain(token).contains(Mail.SECRET_LINK_SHOWN_AS);
        String auditText = audit.find(new AuditFilter(null, null, null, 500), admin).stream().map(AuditEntry::detail)
                .collect(Collectors.joining("\n"));
        assertThat(auditText).doesNotContain(token).contains("Sent a one-time link to set a new password",
                "Set their password with a one-time link");
        String stored = jdbc.sql("select coalesce(string_agg(body || link || coalesce(secret_link, ''), ''), '') "
                + "from mail_outbox").query(String.class).single()
                + jdbc.sql("select string_agg(token_hash, '') from password_link").query(String.class).single();
        assertThat(stored).doesNotContain(token);
    }

    private static void assertProblem(Runnable action, String field, String words) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(words);
        });
    }

    private boolean signIn(String username, String password) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password)).isAuthenticated();
    }
}
