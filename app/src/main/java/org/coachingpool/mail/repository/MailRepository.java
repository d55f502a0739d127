package org.coachingpool.mail.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.mail.CalendarPart;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.MailFrequency;
import org.coachingpool.mail.MailId;
import org.coachingpool.mail.MailKind;
import org.coachingpool.mail.MailState;
import org.coachingpool.mail.SentMail;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the outbox and people's email choices. Only the mail feature uses it. */
@Repository
public class MailRepository {

    private final JdbcClient jdbc;

    MailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Erasure at the person's request: every message written to them, and their choice of email. */
    public void erase(UserId person) {
        // One statement, so digests and their lines go together (the reference is checked at its end).
        jdbc.sql("delete from mail_outbox where recipient_id = :id").param("id", person.value()).update();
        jdbc.sql("delete from mail_preference where user_id = :id").param("id", person.value()).update();
    }

    /** A message as written to the outbox. */
    public record NewRow(MailId id, String cause, UserId recipient, String toName, String toAddress, MailKind kind,
            CaseId caseId, String caseReference, String subject, String body, String link, boolean digestLine,
            Instant nextAttemptAt, CalendarPart calendar, String sealedSecretLink) {

        public NewRow(MailId id, String cause, UserId recipient, String toName, String toAddress, MailKind kind,
                CaseId caseId, String caseReference, String subject, String body, String link, boolean digestLine,
                Instant nextAttemptAt, CalendarPart calendar) {
            this(id, cause, recipient, toName, toAddress, kind, caseId, caseReference, subject, body, link, digestLine,
                    nextAttemptAt, calendar, null);
        }
    }

    /** A message taken for sending: what the transport needs. */
    public record Claimed(MailId id, String toName, String toAddress, String subject, String body, int attempts,
            CalendarPart calendar, String sealedSecretLink) {

        /** The message with its secret link put in, for the transport only. */
        public Claimed withBody(String body) {
            return new Claimed(id, toName, toAddress, subject, body, attempts, calendar, null);
        }
    }

    /** A line waiting for its recipient's digest. */
    public record DigestLine(MailId id, String toName, String toAddress, String subject, String link, Instant createdAt) {
    }

    /** Writes the message unless its cause already wrote one to the same person; true when written. */
    public boolean insert(NewRow row, Instant now) {
        return jdbc.sql("""
                        insert into mail_outbox (id, cause, recipient_id, to_name, to_address, kind, case_id,
                                                 case_reference, subject, body, link, digest_line, state,
                                                 next_attempt_at, created_at, calendar, calendar_method, secret_link)
                        values (:id, :cause, :recipient, :toName, :toAddress, :kind, :caseId, :caseReference,
                                :subject, :body, :link, :digestLine, 'WAITING', :next, :now, :calendar, :method,
                                :secretLink)
                        on conflict (cause, recipient_id) do nothing
                        """)
                .param("id", row.id().value())
                .param("cause", row.cause())
                .param("recipient", row.recipient().value())
                .param("toName", row.toName())
                .param("toAddress", row.toAddress())
                .param("kind", row.kind().name())
                .param("caseId", row.caseId() == null ? null : row.caseId().value())
                .param("caseReference", row.caseReference())
                .param("subject", row.subject())
                .param("body", row.body())
                .param("link", row.link())
                .param("digestLine", row.digestLine())
                .param("calendar", row.calendar() == null ? null : row.calendar().content())
                .param("method", row.calendar() == null ? null : row.calendar().method().name())
                .param("secretLink", row.sealedSecretLink())
                .param("next", Timestamp.from(row.nextAttemptAt()))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    public Map<UserId, MailFrequency> frequencies(Collection<UserId> people) {
        var found = new HashMap<UserId, MailFrequency>();
        if (people.isEmpty()) {
            return found;
        }
        jdbc.sql("select user_id, frequency from mail_preference where user_id = any(:ids)")
                .param("ids", people.stream().map(UserId::value).distinct().toArray(UUID[]::new))
                .query((rs, row) -> found.put(new UserId(rs.getObject("user_id", UUID.class)),
                        MailFrequency.valueOf(rs.getString("frequency"))))
                .list();
        return found;
    }

    public void setFrequency(UserId person, MailFrequency frequency, Instant now) {
        jdbc.sql("""
                        insert into mail_preference (user_id, frequency, changed_at) values (:id, :frequency, :now)
                        on conflict (user_id) do update set frequency = excluded.frequency, changed_at = excluded.changed_at
                        """)
                .param("id", person.value())
                .param("frequency", frequency.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    public List<UserId> recipientsWithDueDigestLines(Instant now) {
        return jdbc.sql("""
                        select distinct recipient_id from mail_outbox
                        where state = 'WAITING' and digest_line and next_attempt_at <= :now
                        """)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new UserId(rs.getObject("recipient_id", UUID.class)))
                .list();
    }

    /** The recipient's due digest lines, locked; lines another copy of the app is bundling are left out. */
    public List<DigestLine> lockDueDigestLines(UserId recipient, Instant now) {
        return jdbc.sql("""
                        select id, to_name, to_address, subject, link, created_at from mail_outbox
                        where recipient_id = :recipient and state = 'WAITING' and digest_line and next_attempt_at <= :now
                        order by created_at
                        for update skip locked
                        """)
                .param("recipient", recipient.value())
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new DigestLine(new MailId(rs.getObject("id", UUID.class)), rs.getString("to_name"),
                        rs.getString("to_address"), rs.getString("subject"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void markInDigest(List<MailId> lines, MailId digest, Instant now) {
        jdbc.sql("update mail_outbox set state = 'IN_DIGEST', digest_id = :digest, sent_at = :now where id = any(:ids)")
                .param("digest", digest.value())
                .param("now", Timestamp.from(now))
                .param("ids", lines.stream().map(MailId::value).toArray(UUID[]::new))
                .update();
    }

    /** The embedded default: every due message is kept, none sent. */
    public int catchDue(Instant now) {
        return jdbc.sql("""
                        update mail_outbox set state = 'CAUGHT', sent_at = :now, attempts = attempts + 1,
                            secret_link = null
                        where state in ('WAITING', 'SENDING') and not digest_line and next_attempt_at <= :now
                        """)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Takes up to the limit of due messages for sending until the lease ends. A message whose
     * sender stopped before it heard back from the mail server is due again once its lease ends.
     */
    public List<Claimed> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        update mail_outbox set state = 'SENDING', next_attempt_at = :lease, attempts = attempts + 1
                        where id in (select id from mail_outbox
                                     where state in ('WAITING', 'SENDING') and not digest_line and next_attempt_at <= :now
                                     order by next_attempt_at limit :limit
                                     for update skip locked)
                        returning id, to_name, to_address, subject, body, attempts, calendar, calendar_method,
                                  secret_link
                        """)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(new MailId(rs.getObject("id", UUID.class)), rs.getString("to_name"),
                        rs.getString("to_address"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"),
                        calendar(rs), rs.getString("secret_link")))
                .list();
    }

    public void markSent(MailId id, Instant now) {
        // A secret link has reached its reader: it is not kept, even sealed.
        jdbc.sql("""
                        update mail_outbox set state = 'SENT', sent_at = :now, last_error = null, secret_link = null
                        where id = :id and state = 'SENDING'
                        """)
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A try failed: wait until the next, or, when giving up, show it to the pool team as failed. */
    public void markAttemptFailed(MailId id, String error, Instant nextAttemptAt, boolean giveUp) {
        jdbc.sql("""
                        update mail_outbox set state = :state, next_attempt_at = :next, last_error = :error
                        where id = :id and state = 'SENDING'
                        """)
                .param("id", id.value())
                .param("state", giveUp ? "FAILED" : "WAITING")
                .param("next", Timestamp.from(nextAttemptAt))
                .param("error", error)
                .update();
    }

    /** Sends a waiting or failed message at the next pass, with a full set of tries. */
    public boolean tryAgainNow(MailId id, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set state = 'WAITING', next_attempt_at = :now, attempts = 0
                        where id = :id and state in ('WAITING', 'FAILED') and not digest_line
                        """)
                .param("id", id.value())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    public int countFailed() {
        return jdbc.sql("select count(*) from mail_outbox where state = 'FAILED'").query(Integer.class).single();
    }

    public List<SentMail> find(MailFilter filter) {
        String recipient = filter.recipient() == null || filter.recipient().isBlank() ? null
                : "%" + filter.recipient().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String reference = filter.caseReference() == null || filter.caseReference().isBlank() ? null
                : filter.caseReference().strip().toUpperCase();
        return jdbc.sql("""
                        select * from mail_outbox
                        where (cast(:state as text) is null or state = :state)
                          and (cast(:recipient as text) is null or lower(to_name) like :recipient
                               or lower(to_address) like :recipient)
                          and (cast(:reference as text) is null or upper(case_reference) = :reference)
                        order by created_at desc, id
                        limit :limit
                        """)
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("recipient", recipient)
                .param("reference", reference)
                .param("limit", filter.limit())
                .query(MailRepository::sentMail)
                .list();
    }

    public Optional<SentMail> find(MailId id) {
        return jdbc.sql("select * from mail_outbox where id = :id").param("id", id.value())
                .query(MailRepository::sentMail).optional();
    }

    /** Every message written to a person, newest first: for what is held about them. */
    public List<SentMail> toRecipient(UserId recipient, int limit) {
        return jdbc.sql("select * from mail_outbox where recipient_id = :id order by created_at desc limit :limit")
                .param("id", recipient.value())
                .param("limit", limit)
                .query(MailRepository::sentMail)
                .list();
    }

    private static CalendarPart calendar(ResultSet rs) throws SQLException {
        String content = rs.getString("calendar");
        return content == null ? null : new CalendarPart(
                CalendarPart.Method.valueOf(rs.getString("calendar_method")), content);
    }

    private static SentMail sentMail(ResultSet rs, int row) throws SQLException {
        UUID caseId = rs.getObject("case_id", UUID.class);
        Timestamp sent = rs.getTimestamp("sent_at");
        return new SentMail(new MailId(rs.getObject("id", UUID.class)),
                new UserId(rs.getObject("recipient_id", UUID.class)), rs.getString("to_name"), rs.getString("to_address"),
                MailKind.valueOf(rs.getString("kind")), caseId == null ? null : new CaseId(caseId),
                rs.getString("case_reference"), rs.getString("subject"), rs.getString("body"),
                MailState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(), calendar(rs));
    }
}
