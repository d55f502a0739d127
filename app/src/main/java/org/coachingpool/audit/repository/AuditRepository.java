package org.coachingpool.audit.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table: appended to under one lock so that each row links to the one before. */
@Repository
public class AuditRepository {

    /** The link of the first row. */
    public static final String GENESIS = "0".repeat(64);
    /** Any number, the same for every copy of the app: appends take turns on it. */
    private static final long APPEND_LOCK = 0x6175646974L;

    /** Stands in for an empty list of people, which SQL's "in" cannot take. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Why the role the app connects as could change, delete or empty the table, in a database
     * administrator's words; empty when it can only read and append.
     */
    public Optional<String> whyChangeableByThisConnection() {
        return jdbc.sql("""
                        select current_user as me,
                            (select rolsuper from pg_roles where rolname = current_user) as superuser,
                            pg_get_userbyid(c.relowner) as owner,
                            has_table_privilege(current_user, c.oid, 'UPDATE') as may_update,
                            has_table_privilege(current_user, c.oid, 'DELETE') as may_delete,
                            has_table_privilege(current_user, c.oid, 'TRUNCATE') as may_truncate
                        from pg_class c where c.oid = 'audit_event'::regclass
                        """).query((rs, n) -> {
                            String me = rs.getString("me");
                            if (rs.getBoolean("superuser")) {
                                return me + " is a superuser";
                            }
                            if (me.equals(rs.getString("owner"))) {
                                return me + " owns audit_event";
                            }
                            List<String> rights = new ArrayList<>();
                            for (String right : List.of("update", "delete", "truncate")) {
                                if (rs.getBoolean("may_" + right)) {
                                    rights.add(right);
                                }
                            }
                            return rights.isEmpty() ? "" : me + " may " + String.join(", ", rights) + " audit_event";
                        }).optional().filter(why -> !why.isEmpty());
    }

    /** Whether the same person was recorded doing the same to the same case since the moment. */
    public boolean recordedSince(UUID actorId, String action, UUID caseId, String detail, Instant since) {
        return jdbc.sql("""
                        select exists (select 1 from audit_event where actor_id = :actor and action = :action
                            and case_id = :caseId and detail = :detail and at >= :since)
                        """)
                .param("actor", actorId).param("action", action).param("caseId", caseId).param("detail", detail)
                .param("since", Timestamp.from(since)).query(Boolean.class).single();
    }

    /**
     * Appends a row in the caller's transaction, linked to the last one.
     *
     * @param seal what links a row's fields and the previous link into its own link (a keyed hash)
     */
    public void append(Instant at, UUID actorId, String action, UUID caseId, String caseReference, UUID subjectId,
            String detail, UnaryOperator<String> seal) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query(Object.class).single();
        String previous = jdbc.sql("select hash from audit_event order by seq desc limit 1").query(String.class)
                .optional().orElse(GENESIS);
        // Stored to the microsecond, so hashed to the microsecond.
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        String hash = seal.apply(text(previous, stored, actorId, action, caseId, caseReference, subjectId, detail));
        jdbc.sql("""
                        insert into audit_event (at, actor_id, action, case_id, case_reference, subject_id, detail,
                            prev_hash, hash)
                        values (:at, :actor, :action, :caseId, :reference, :subject, :detail, :prev, :hash)
                        """)
                .param("at", Timestamp.from(stored)).param("actor", actorId).param("action", action)
                .param("caseId", caseId).param("reference", caseReference).param("subject", subjectId)
                .param("detail", detail).param("prev", previous).param("hash", hash)
                .update();
    }

    /**
     * The newest rows matching, newest first.
     *
     * @param people rows done by or concerning any of them; null for anyone
     * @param safeguarding whether entries about safeguarding concerns are included (for the lead)
     */
    public List<AuditRow> find(String caseReference, Collection<UUID> people, String action, boolean safeguarding,
            int limit) {
        return jdbc.sql("""
                        select * from audit_event
                        where (cast(:reference as text) is null or case_reference = :reference)
                          and (cast(:action as text) is null or action = :action)
                          and (:safeguarding or action <> 'SAFEGUARDING')
                          and (:anyone or actor_id in (:people) or subject_id in (:people))
                        order by seq desc limit :limit
                        """)
                .param("reference", caseReference).param("action", action).param("anyone", people == null).param("safeguarding", safeguarding)
                .param("people", people == null || people.isEmpty() ? List.of(NOBODY) : List.copyOf(people))
                .param("limit", limit)
                .query((rs, row) -> row(rs)).list();
    }

    /** The newest row: the head of the chain, which is anchored outside the database. */
    public Optional<AuditRow> head() {
        return jdbc.sql("select * from audit_event order by seq desc limit 1").query((rs, n) -> row(rs)).optional();
    }

    /** Every row in order, one at a time: the chain is checked without holding it all. */
    public void inOrder(Consumer<AuditRow> each) {
        jdbc.sql("select * from audit_event order by seq").query(rs -> {
            each.accept(row(rs));
        });
    }

    /** What a row's link covers: the previous link and every field, in a fixed order. */
    public static String text(String previous, Instant at, UUID actorId, String action, UUID caseId,
            String caseReference, UUID subjectId, String detail) {
        return String.join("\u001f", previous, at.toString(), String.valueOf(actorId), action,
                String.valueOf(caseId), String.valueOf(caseReference), String.valueOf(subjectId), detail);
    }

    /** The plain hash rows carried before their links were keyed: still checked for those rows. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("action"), rs.getObject("case_id", UUID.class), rs.getString("case_reference"),
                rs.getObject("subject_id", UUID.class), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
