package org.coachingpool.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coachingpool.audit.repository.AuditRepository;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.Criterion;
import org.coachingpool.matching.MatchingWeights;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log on the embedded stack: reads of notes, refusals, decisions and the pool team's
 * changes are on record, found by case and by person, hold nothing people wrote, and cannot be
 * changed; a change made around the database's guard shows as a broken chain.
 */
class AuditLogTest extends EmbeddedStackTest {

    @Autowired AuditLog audit;
    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;
    @Autowired Sessions sessions;
    @Autowired Cases cases;
    @Autowired Worklist worklist;
    @Autowired MatchingWeights weights;
    @Autowired JdbcClient jdbc;

    @Test
    void readsRefusalsDecisionsAndChangesAreOnRecordByCaseAndByPersonWithoutAWordAnyoneWrote() {
        String coach = pool.coach();
        CurrentUser admin = users.get("pooladmin");
        CaseId id = journey.toSessions(coach);
        String reference = cases.find(id).orElseThrow().reference();
        sessions.log(journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION).id(), users.get(coach),
                new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.VIRTUAL, "Marrakesh notes", "Marrakesh actions"));
        sessions.forCase(id, users.get(coach));
        sessions.forCase(id, users.get(coach));
        sessions.forCase(id, users.get(coach));
        String mentor = pool.mentor();
        CurrentUser stranger = users.get(mentor);
        assertThat(cases.visit(id, stranger)).isEmpty();
        var logTask = journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        assertThatThrownBy(() -> worklist.complete(logTask.id(), RelationshipProcess.TASK_LOG_SESSION, stranger, Map.of()))
                .isInstanceOf(WorkItemUnavailableException.class);

        List<AuditEntry> ofCase = audit.find(new AuditFilter(reference.toLowerCase(), null, null, 100), admin);
        assertThat(ofCase).extracting(AuditEntry::action).contains(AuditAction.DECISION, AuditAction.READ_CONFIDENTIAL,
                AuditAction.ACCESS_REFUSED);
        assertThat(ofCase).filteredOn(e -> e.action() == AuditAction.READ_CONFIDENTIAL)
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo(users.get(coach).id());
                    assertThat(e.detail()).isEqualTo("Was shown session notes of 1 session and agreed actions of 1 session");
                });
        assertThat(ofCase).filteredOn(e -> e.action() == AuditAction.READ_CONFIDENTIAL
                && users.get(coach).id().equals(e.actor())).as("the same read three times in a day is one entry")
                .hasSize(1);
        assertThat(ofCase).filteredOn(e -> e.action() == AuditAction.ACCESS_REFUSED).extracting(AuditEntry::actor)
                .as("the case page and the completion, though the completion was rolled back").hasSize(2)
                .containsOnly(stranger.id());
        assertThat(ofCase).filteredOn(e -> e.action() == AuditAction.DECISION).extracting(AuditEntry::detail)
                .contains("Completed the task \u201cLog a session\u201d");
        assertThat(ofCase).extracting(AuditEntry::detail).noneMatch(detail -> detail.contains("Marrakesh"));

        var stored = weights.current();
        int before = stored.get(Criterion.values()[0]);
        weights.change(Map.of(Criterion.values()[0], before == 5 ? 6 : 5), admin);
        weights.change(Map.of(Criterion.values()[0], before), admin);
        List<AuditEntry> byAdmin = audit.find(new AuditFilter(null, "pooladmin", AuditAction.ADMIN_CHANGE, 100), admin);
        assertThat(byAdmin).first().satisfies(e -> assertThat(e.detail())
                .startsWith("Changed the matching weight of \"" + Criterion.values()[0].label() + "\""));
        assertThat(audit.find(new AuditFilter(null, mentor, null, 100), admin))
                .extracting(AuditEntry::action).containsOnly(AuditAction.ACCESS_REFUSED);
        assertThatThrownBy(() -> audit.find(new AuditFilter(null, null, null, 10), users.get(coach)))
                .isInstanceOf(WorkItemUnavailableException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntryAndAChangeMadeAroundThatBreaksTheChainWhereItWasMade() {
        cases.visit(journey.toEndorsement(), users.get(pool.mentor()));
        long seq = jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
        assertThat(audit.check().intact()).isTrue();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'nothing happened' where seq = :seq")
                .param("seq", seq).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = :seq").param("seq", seq).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class);

        long middle = jdbc.sql("select min(seq) from audit_event").query(Long.class).single();
        String detail = jdbc.sql("select detail from audit_event where seq = :seq").param("seq", middle)
                .query(String.class).single();
        jdbc.sql("alter table audit_event disable trigger audit_event_no_change").update();
        try {
            jdbc.sql("update audit_event set detail = 'nothing happened' where seq = :seq").param("seq", middle).update();
            ChainCheck check = audit.check();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBroken()).isEqualTo(middle);
        } finally {
            jdbc.sql("update audit_event set detail = :detail where seq = :seq").param("detail", detail)
                    .param("seq", middle).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_change").update();
        }
        assertThat(audit.check().intact()).as("put back as it was").isTrue();
    }

    /**
     * The owner of the database account tampers as the security test did (issue 27): rewrites the
     * newest entry and hashes it again the way the app once did, or cuts the newest entries off.
     * Without the key the links are made with, the first shows; the head anchored outside the
     * database shows the second, however consistent what is left.
     */
    @Test
    void entriesRewrittenAndHashedAgainOrCutFromTheEndAreFoundByTheKeyedLinksAndTheAnchor() {
        for (int i = 0; i < 6; i++) {
            cases.visit(journey.toEndorsement(), users.get(pool.mentor()));
        }
        audit.anchor();
        assertThat(audit.check().intact()).isTrue();
        var newest = jdbc.sql("select * from audit_event order by seq desc limit 5").query().listOfRows();
        long head = ((Number) newest.getFirst().get("seq")).longValue();

        jdbc.sql("alter table audit_event disable trigger audit_event_no_change").update();
        try {
            var row = newest.getFirst();
            String text = AuditRepository.text((String) row.get("prev_hash"),
                    ((Timestamp) row.get("at")).toInstant(), (UUID) row.get("actor_id"),
                    (String) row.get("action"), (UUID) row.get("case_id"), (String) row.get("case_reference"),
                    (UUID) row.get("subject_id"), "Nothing to see here");
            jdbc.sql("update audit_event set detail = 'Nothing to see here', hash = :hash where seq = :seq")
                    .param("hash", AuditRepository.hash(text)).param("seq", head)
                    .update();
            assertThat(audit.check().firstBroken()).as("re-hashed without the key").isEqualTo(head);
            jdbc.sql("update audit_event set detail = :detail, hash = :hash where seq = :seq")
                    .param("detail", row.get("detail")).param("hash", row.get("hash")).param("seq", head).update();
            assertThat(audit.check().intact()).isTrue();

            jdbc.sql("delete from audit_event where seq > :seq").param("seq", head - 5).update();
            ChainCheck cut = audit.check();
            assertThat(cut.intact()).as("the newest five cut off").isFalse();
            assertThat(cut.firstBroken()).isEqualTo(head - 4);
        } finally {
            for (var row : newest.reversed()) {
                jdbc.sql("""
                                insert into audit_event (seq, at, actor_id, action, case_id, case_reference, subject_id,
                                    detail, prev_hash, hash)
                                overriding system value
                                values (:seq, :at, :actor, :action, :caseId, :reference, :subject, :detail, :prev, :hash)
                                on conflict (seq) do nothing
                                """)
                        .param("seq", row.get("seq")).param("at", row.get("at")).param("actor", row.get("actor_id"))
                        .param("action", row.get("action")).param("caseId", row.get("case_id"))
                        .param("reference", row.get("case_reference")).param("subject", row.get("subject_id"))
                        .param("detail", row.get("detail")).param("prev", row.get("prev_hash"))
                        .param("hash", row.get("hash")).update();
            }
            jdbc.sql("alter table audit_event enable trigger audit_event_no_change").update();
        }
        assertThat(audit.check().intact()).as("put back as it was").isTrue();
    }
}
