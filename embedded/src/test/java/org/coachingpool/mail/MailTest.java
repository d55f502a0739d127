package org.coachingpool.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.assertj.core.api.Assertions;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.notification.NotificationTemplate;
import org.coachingpool.notification.Notifications;
import org.coachingpool.people.NewPerson;
import org.coachingpool.people.Passwords;
import org.coachingpool.people.People;
import org.coachingpool.platform.MovableClock;
import org.coachingpool.platform.UkDates;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.Role;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.InboxNotices;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.coachingpool.security.NotAllowedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Email over a real SMTP server (GreenMail) started by the test: each new task and notification
 * reaches its person once, with a link and without any text people wrote; nothing is lost while
 * the server is down; what keeps failing is shown to the pool team; a digest bundles a day.
 */
class MailTest extends EmbeddedStackTest {

    static final String PUBLIC_URL = "https://coaching.example.gov.uk";
    static final int SMTP_PORT;
    static GreenMail smtp;
    /** Job keys for notifications recorded by the test itself: far from the engine's. */
    static final AtomicLong FAKE_JOB_KEYS = new AtomicLong(Long.MAX_VALUE / 2 + System.nanoTime() % 1_000_000);

    static {
        try {
            SMTP_PORT = freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        smtp = startSmtp();
    }

    @Autowired Mail mail;
    @Autowired People people;
    @Autowired Requests requests;
    @Autowired Worklist worklist;
    @Autowired Notifications notifications;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired List<InboxNotices> inboxNotices;

    @DynamicPropertySource
    static void smtpDelivery(DynamicPropertyRegistry registry) {
        registry.add("coachingpool.mail.delivery", () -> "smtp");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("coachingpool.mail.public-url", () -> PUBLIC_URL + "/");
        registry.add("coachingpool.mail.from", () -> "Coaching pool <no-reply@pool.example.gov.uk>");
        registry.add("coachingpool.mail.send-interval", () -> "1h");
        registry.add("coachingpool.mail.max-attempts", () -> "3");
        registry.add("coachingpool.mail.first-retry", () -> "100ms");
        registry.add("coachingpool.mail.max-retry", () -> "200ms");
    }

    static GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @BeforeEach
    void serverUp() throws Exception {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        ((MovableClock) clock).release();
        jdbc.sql("delete from mail_preference").update();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired Passwords passwords;

    /**
     * A one-time link to set a password reaches its person over SMTP and works; what is stored of
     * the message (what "Sent mail" shows) never held it in the clear, and forgets it once sent.
     */
    @Test
    void aPasswordLinkReachesItsPersonAloneAndNothingStoredShowsIt() throws Exception {
        var admin = users.get("pooladmin");
        String username = "link-" + UUID.randomUUID().toString().substring(0, 8);
        var id = people.add(new NewPerson("Jude Marlowe", username, username + "@example.org",
                people.organisations(admin).getFirst(), Set.of(Role.THINKER)), admin);
        MimeMessage message = await().atMost(Duration.ofSeconds(20)).until(
                () -> messagesTo(username + "@example.org").stream().findFirst(), Optional::isPresent)
                .orElseThrow();
        String body = GreenMailUtil.getBody(message);
        var link = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/set-password/([A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as("the email carries the link: " + body).isTrue();
        String token = link.group(1);
        assertThat(body).contains("Your username is " + username).doesNotContain(Mail.SECRET_LINK_SHOWN_AS);

        var stored = mail.find(new MailFilter(null, username, null, 10), admin);
        assertThat(stored).singleElement().satisfies(m -> assertThat(m.body()).doesNotContain(token)
                .contains(Mail.SECRET_LINK_SHOWN_AS));
        // The server has the message a moment before the sender marks it sent and forgets the link.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from mail_outbox where recipient_id = :id and secret_link is not null")
                .param("id", id.value()).query(Integer.class).single()).as("forgotten once sent").isZero());

        passwords.setWithLink(token, "garden kettle maple river", "garden kettle maple river");
        assertThat(passwords.check(token).state()).isEqualTo(Passwords.LinkState.USED);
    }

    @Test
    void aNewTaskReachesThePersonItIsForOnceWithALinkAndNoneOfTheTextTheyWrote() throws Exception {
        String goals = "Private goal " + UUID.randomUUID();
        CaseId id = requests.submit(users.get("thinker"), new NewRequest(KindWanted.COACHING,
                Set.of(DevelopmentArea.LEADERSHIP), goals, users.get("sponsor").id()), UUID.randomUUID());
        var task = await().atMost(Duration.ofSeconds(30)).until(() -> worklist.inbox(users.get("sponsor")).stream()
                .filter(i -> id.equals(i.caseId()) && i.elementId().equals(RelationshipProcess.TASK_ENDORSE))
                .findFirst(), Optional::isPresent).orElseThrow();

        MimeMessage message = await().atMost(Duration.ofSeconds(20)).until(
                () -> messagesTo("sponsor@example.org").stream()
                        .filter(m -> subject(m).contains(task.caseReference())).findFirst(),
                Optional::isPresent).orElseThrow();
        String body = GreenMailUtil.getBody(message);
        assertThat(subject(message)).isEqualTo("New task: " + task.title() + " (" + task.caseReference() + ")");
        assertThat(body).contains("Dear Tom Bennett", "Task: " + task.title(),
                "Case: " + task.caseReference() + " (Priya Shah)", PUBLIC_URL + "/" + task.path(),
                PUBLIC_URL + "/email-settings");
        if (task.dueAt() != null) {
            assertThat(body).contains("Please do it by " + UkDates.date(task.dueAt()));
        }
        assertThat(message.getHeader("Message-ID")[0]).endsWith("@pool.example.gov.uk>");
        assertThat(message.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");

        // The job is delivered again (a timeout, a restart): the person hears once.
        mail.deliverDue();
        Thread.sleep(500);
        assertThat(messagesTo("sponsor@example.org").stream().filter(m -> subject(m).contains(task.caseReference())))
                .hasSize(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getWholeMessage))
                .noneMatch(text -> text.contains(goals));
    }

    @Test
    void anInvitationGoesAsACalendarPartAndAnIcsFileEvenToSomeoneWhoChoseADailyEmail() throws Exception {
        CaseId id = aCase();
        var thinker = people.contactsByUsername(List.of("thinker")).get("thinker");
        mail.choose(users.get("thinker"), MailFrequency.DAILY);
        String calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n"
                + "BEGIN:VEVENT\r\nUID:" + UUID.randomUUID() + "@pool.example.gov.uk\r\nSEQUENCE:0\r\n"
                + "DTSTAMP:20261202T100000Z\r\nDTSTART:20261210T100000Z\r\nDTEND:20261210T110000Z\r\n"
                + "SUMMARY:Session\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        mail.queue(new OutgoingMail("meeting:test:" + UUID.randomUUID(), thinker, MailKind.INVITATION, id, null,
                "Invitation: Session", "Open the attached invitation.", PUBLIC_URL + "/",
                new CalendarPart(CalendarPart.Method.REQUEST, calendar)));

        MimeMessage message = await().atMost(Duration.ofSeconds(20)).until(
                () -> messagesTo("thinker@example.org").stream()
                        .filter(m -> subject(m).equals("Invitation: Session")).findFirst(),
                Optional::isPresent).orElseThrow();
        var mixed = (MimeMultipart) message.getContent();
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        var alternatives = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) alternatives.getBodyPart(0).getContent()).contains("Open the attached invitation.");
        var invitation = alternatives.getBodyPart(1);
        assertThat(invitation.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        var file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("invite.ics");
        String attached = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var parsed = new CalendarBuilder().build(new StringReader(attached));
        assertThat(parsed.getComponents(Component.VEVENT)).hasSize(1);
        String inline = new String(invitation.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(inline).isEqualTo(calendar);
    }

    @Test
    void aNotificationRecordedTwiceForTheSameJobIsEmailedOnce() {
        CaseId id = aCase();
        long jobKey = FAKE_JOB_KEYS.incrementAndGet();
        notifications.record(jobKey, id, NotificationTemplate.REQUEST_DECLINED, "thinker", null);
        notifications.record(jobKey, id, NotificationTemplate.REQUEST_DECLINED, "thinker", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> !messagesTo("thinker@example.org").isEmpty());
        mail.deliverDue();
        var received = messagesTo("thinker@example.org");
        assertThat(received).hasSize(1);
        assertThat(subject(received.getFirst())).startsWith(NotificationTemplate.REQUEST_DECLINED.subject());
        assertThat(GreenMailUtil.getBody(received.getFirst())).contains("(your request)", PUBLIC_URL + "/relationships");
    }

    @Test
    void aTeamsNotificationReachesEachOfThePoolTeam() {
        CaseId id = aCase();
        notifications.record(FAKE_JOB_KEYS.incrementAndGet(), id, NotificationTemplate.SPONSOR_ESCALATION, null,
                "pool-admins");
        await().atMost(Duration.ofSeconds(20)).until(() -> messagesTo("pooladmin@example.org").size() == 1
                && messagesTo("processadmin@example.org").size() == 1);
        assertThat(GreenMailUtil.getBody(messagesTo("pooladmin@example.org").getFirst()))
                .contains(PUBLIC_URL + "/cases/" + id.value());
    }

    @Test
    void anEmailWaitsWhileTheMailServerIsDownAndGoesOnceItIsBack() {
        CaseId id = aCase();
        smtp.stop();
        notifications.record(FAKE_JOB_KEYS.incrementAndGet(), id, NotificationTemplate.SESSION_NUDGE, "coach1", null);
        var waiting = await().atMost(Duration.ofSeconds(20)).until(() -> {
            mail.deliverDue();
            return outboxFor(id, "coach1@example.org");
        }, m -> m.attempts() >= 1 && m.lastError() != null);
        assertThat(waiting.state()).isIn(MailState.WAITING, MailState.FAILED);

        smtp = startSmtp();
        mail.tryAgain(waiting.id(), users.get("pooladmin"));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            mail.deliverDue();
            return messagesTo("coach1@example.org").size() == 1;
        });
        assertThat(outboxFor(id, "coach1@example.org").state()).isEqualTo(MailState.SENT);
        assertThat(outboxFor(id, "coach1@example.org").lastError()).isNull();
    }

    @Test
    void anEmailThatKeepsFailingIsShownToThePoolTeamWithTheServersAnswerAndCanBeSentLater() {
        CaseId id = aCase();
        smtp.stop();
        int failedBefore = mail.failedCount();
        notifications.record(FAKE_JOB_KEYS.incrementAndGet(), id, NotificationTemplate.SESSION_NUDGE, "coach2", null);
        var failed = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(150)).until(() -> {
            mail.deliverDue();
            return outboxFor(id, "coach2@example.org");
        }, m -> m.state() == MailState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(mail.failedCount()).isGreaterThan(failedBefore);
        assertThat(inboxNotices.stream().flatMap(n -> n.noticesFor(users.get("pooladmin")).stream()))
                .anyMatch(notice -> notice.contains("could not be sent"));
        assertThat(inboxNotices.stream().flatMap(n -> n.noticesFor(users.get("coach2")).stream()))
                .noneMatch(notice -> notice.contains("could not be sent"));

        smtp = startSmtp();
        assertThat(mail.tryAgain(failed.id(), users.get("pooladmin"))).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            mail.deliverDue();
            return messagesTo("coach2@example.org").size() == 1;
        });
        assertThat(outboxFor(id, "coach2@example.org").state()).isEqualTo(MailState.SENT);
    }

    @Test
    void someoneWhoChoseADailyEmailGetsOneMessageWithEverythingAtTheDigestTime() {
        CaseId id = aCase();
        mail.choose(users.get("coach3"), MailFrequency.DAILY);
        notifications.record(FAKE_JOB_KEYS.incrementAndGet(), id, NotificationTemplate.SESSION_NUDGE, "coach3", null);
        notifications.record(FAKE_JOB_KEYS.incrementAndGet(), id, NotificationTemplate.REQUEST_SIGNPOSTED, "coach3", null);
        mail.deliverDue();
        assertThat(messagesTo("coach3@example.org")).isEmpty();

        var nextMorning = ZonedDateTime.now(clock.withZone(UkDates.UK_TIME)).plusDays(1).withHour(7).withMinute(1);
        ((MovableClock) clock).set(nextMorning.toInstant());
        mail.deliverDue();

        // The scheduled sender may have taken the digest a moment before this call did: wait for it.
        var received = await().atMost(Duration.ofSeconds(15))
                .until(() -> messagesTo("coach3@example.org"), found -> !found.isEmpty());
        assertThat(received).hasSize(1);
        assertThat(subject(received.getFirst())).isEqualTo(
                "Your daily summary from the coaching and mentoring pool: 2 items");
        assertThat(GreenMailUtil.getBody(received.getFirst())).contains(
                NotificationTemplate.SESSION_NUDGE.subject(), NotificationTemplate.REQUEST_SIGNPOSTED.subject(),
                "You get one email a day");
        assertThat(mail.find(new MailFilter(MailState.IN_DIGEST, "coach3", null, 10), users.get("pooladmin")))
                .hasSize(2);
    }

    @Test
    void onlyThePoolTeamSeesTheOutbox() {
        Assertions.assertThatThrownBy(() -> mail.find(MailFilter.latest(10), users.get("coach1")))
                .isInstanceOf(NotAllowedException.class);
    }

    private CaseId aCase() {
        return requests.submit(users.get("thinker"), new NewRequest(KindWanted.MENTORING,
                Set.of(DevelopmentArea.LEADERSHIP), "Grow as a leader", users.get("sponsor").id()), UUID.randomUUID());
    }

    private SentMail outboxFor(CaseId id, String address) {
        return mail.find(new MailFilter(null, address, null, 50), users.get("pooladmin")).stream()
                .filter(m -> id.equals(m.caseId()) && m.kind() == MailKind.NOTIFICATION)
                .findFirst().orElseThrow();
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
