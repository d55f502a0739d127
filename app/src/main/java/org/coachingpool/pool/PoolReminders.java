package org.coachingpool.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailKind;
import org.coachingpool.mail.OutgoingMail;
import org.coachingpool.people.Contact;
import org.coachingpool.people.People;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.InboxNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds a coach or mentor when supervision or their CPD record is due within a month or
 * overdue, and when their pledge term is about to end: at the top of their task list, and by
 * email each morning, once when a reminder first comes due and once more if it becomes overdue.
 */
@Component
class PoolReminders implements InboxNotices {

    private static final Logger log = LoggerFactory.getLogger(PoolReminders.class);
    static final int DUE_WITHIN_DAYS = 30;

    /** One reminder: what it is about, the date it names, whether that date has passed, and its words. */
    record Reminder(String about, LocalDate date, boolean overdue, String subject, String sentence) {

        /** With the recipient, the outbox's key: each reminder and date is emailed once, and again once overdue. */
        String cause() {
            return "pool-reminder:" + about + ":" + date + (overdue ? ":overdue" : "");
        }
    }

    private final Pool pool;
    private final People people;
    private final Mail mail;
    private final Clock clock;

    PoolReminders(Pool pool, People people, Mail mail, Clock clock) {
        this.pool = pool;
        this.people = people;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public List<String> noticesFor(CurrentUser user) {
        // The profile alone: a task list is opened often, and the pledge's hours are not needed here.
        return pool.profileOf(user.id()).map(profile -> remindersOf(profile, LocalDate.now(clock))).orElse(List.of())
                .stream().map(Reminder::sentence).toList();
    }

    /**
     * Emails every reminder due today that its person has not been sent yet.
     *
     * @return how many emails were written to the outbox
     */
    @Scheduled(cron = "${coachingpool.pool.reminder-cron:0 0 8 * * *}", zone = "Europe/London")
    public int emailReminders() {
        LocalDate today = LocalDate.now(clock);
        Map<UserId, List<Reminder>> due = new LinkedHashMap<>();
        for (CoachProfile profile : pool.profiles()) {
            var reminders = remindersOf(profile, today);
            if (!reminders.isEmpty()) {
                due.put(profile.id(), reminders);
            }
        }
        Map<UserId, Contact> contacts = people.contacts(due.keySet());
        int written = 0;
        int failed = 0;
        for (var entry : due.entrySet()) {
            Contact to = contacts.get(entry.getKey());
            if (to == null) {
                continue;
            }
            for (Reminder reminder : entry.getValue()) {
                // Each email commits on its own: one that cannot be written does not hold back the rest,
                // and tomorrow's run writes it, since its cause has not been sent.
                try {
                    if (mail.queue(new OutgoingMail(reminder.cause(), to, MailKind.NOTIFICATION, null, null,
                            reminder.subject(), reminder.sentence() + "\n\nOpen your profile:", mail.link("profile")))) {
                        written++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Pool reminder {} to {} could not be written; it goes tomorrow", reminder.cause(),
                            entry.getKey(), e);
                }
            }
        }
        if (written > 0 || failed > 0) {
            log.info("Pool reminders: {} emails written, {} could not be", written, failed);
        }
        return written;
    }

    static List<Reminder> remindersOf(CoachProfile profile, LocalDate today) {
        if (profile.status() == MemberStatus.LEFT) {
            return List.of();
        }
        List<Reminder> reminders = new ArrayList<>();
        due("supervision", "Your supervision", profile.supervisionDue(), today).ifPresent(reminders::add);
        due("cpd", "Your CPD record", profile.cpdDue(), today).ifPresent(reminders::add);
        if (profile.status() != MemberStatus.JOINING && PledgeLedger.termEndsSoon(profile, today)) {
            LocalDate last = PledgeLedger.lastDayOfTerm(profile, today);
            reminders.add(new Reminder("pledge", last, false, "Your pledge term ends on " + UkDates.date(last),
                    "Your pledge term ends on " + UkDates.date(last) + ": agree a new pledge with the pool team."));
        }
        return reminders;
    }

    private static Optional<Reminder> due(String about, String what, LocalDate due, LocalDate today) {
        if (due == null || due.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
            return Optional.empty();
        }
        boolean overdue = due.isBefore(today);
        String subject = what + (overdue ? " was due on " : " is due on ") + UkDates.date(due);
        return Optional.of(new Reminder(about, due, overdue, subject, overdue
                ? subject + ". Book it, then record the next date in Your profile."
                : subject + ". Record the next date in Your profile once it is done."));
    }
}
