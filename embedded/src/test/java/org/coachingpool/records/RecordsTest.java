package org.coachingpool.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coachingpool.audit.AuditAction;
import org.coachingpool.audit.AuditEntry;
import org.coachingpool.audit.AuditFilter;
import org.coachingpool.audit.AuditLog;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.security.UserId;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention, subject access and erasure on the real engine and database: what goes, what stays
 * as anonymous figures, what a person's copy holds and leaves out.
 */
class RecordsTest extends EmbeddedStackTest {

    @Autowired Retention retention;
    @Autowired Erasure erasure;
    @Autowired SubjectAccess subjectAccess;
    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;
    @Autowired Sessions sessions;
    @Autowired Worklist worklist;
    @Autowired Cases cases;
    @Autowired People people;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    /** A case in sessions for a new thinker, with one session logged: private notes and shared actions. */
    private record Running(CaseId id, String thinker, String coach) {
    }

    private Running running(String goals, String notes, String actions) {
        String thinker = pool.thinker();
        String coach = pool.coach();
        CaseId id = journey.toSessions(thinker, coach, goals);
        var log = journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        sessions.log(log.id(), users.get(coach), new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.VIRTUAL,
                notes, actions));
        return new Running(id, thinker, coach);
    }

    private void closedYearsAgo(CaseId id, int years) {
        jdbc.sql("update relationship_case set stage = 'CLOSED', closed_at = now() - make_interval(years => :y, days => 2) "
                + "where id = :id").param("y", years).param("id", id.value()).update();
    }

    /** Rows anywhere in the schema, other than the figures and the log of erasures, that name the case. */
    private int rowsNaming(CaseId id) {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.columns
                        where table_schema = current_schema() and column_name = 'case_id'
                          and table_name not in ('case_fact', 'case_fact_month', 'case_rating', 'erased_case',
                                                 'audit_event', 'ledger_entry')
                        """).query(String.class).list();
        int found = 0;
        for (String table : tables) {
            found += jdbc.sql("select count(*) from " + table + " where case_id = :id").param("id", id.value())
                    .query(Integer.class).single();
        }
        return found + jdbc.sql("select count(*) from relationship_case where id = :id").param("id", id.value())
                .query(Integer.class).single();
    }

    @Test
    void everyReferenceToACaseOrItsTasksCascadesSoErasingTheCaseForgetsNoTable() {
        List<String> notCascading = jdbc.sql("""
                        select conrelid::regclass::text || ': ' || pg_get_constraintdef(oid) from pg_constraint
                        where contype = 'f' and confrelid in ('relationship_case'::regclass, 'work_item'::regclass)
                          and confdeltype <> 'c'
                        """).query(String.class).list();
        assertThat(notCascading).isEmpty();
    }

    @Test
    void theNightlySweepErasesCasesClosedLongerAgoThanThePeriodAndKeepsOnlyAnonymousFigures() {
        Running old = running("Zanzibar goals", "Zanzibar private notes", "Zanzibar actions");
        Running recent = running("Recent goals", "Recent notes", "Recent actions");
        closedYearsAgo(old.id(), 3);
        closedYearsAgo(recent.id(), 2);
        String reference = cases.find(old.id()).orElseThrow().reference();

        assertThat(retention.sweep()).isGreaterThanOrEqualTo(1);

        assertThat(rowsNaming(old.id())).as("nothing of the case is left but figures").isZero();
        assertThat(rowsNaming(recent.id())).as("a case inside its period stays").isPositive();
        assertThat(jdbc.sql("select count(*) from case_fact where case_id = :id and thinker_id is null "
                + "and sponsor_id is null and sessions = 1 and minutes = 60").param("id", old.id().value())
                .query(Integer.class).single()).as("its figures stay, with nobody's id on them").isEqualTo(1);
        assertThat(worklist.inbox(users.get(old.coach()))).as("the engine no longer runs it")
                .noneMatch(i -> old.id().equals(i.caseId()));
        CurrentUser admin = users.get("pooladmin");
        assertThat(retention.erased(reference, admin)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ErasureReason.RETENTION);
            assertThat(e.erasedBy()).isEqualTo("The service");
        });
        assertThat(audit.find(new AuditFilter(null, null, null, 500), admin)).extracting(AuditEntry::detail)
                .contains("Erased the case " + reference + ": its retention period ended");
        assertThat(retention.sweep()).as("a second sweep finds nothing more of it").isZero();
    }

    @Test
    void theRetentionPeriodIsSetByThePoolTeamInWholeYearsWithTheRangeNamed() {
        CurrentUser admin = users.get("pooladmin");
        int before = retention.setting().yearsAfterClose();
        try {
            assertThatThrownBy(() -> retention.change(0, admin)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("Enter a whole number of years from 1 to 10.");
            assertThatThrownBy(() -> retention.change(11, admin)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> retention.change(null, admin)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> retention.change(5, users.get("thinker"))).isInstanceOf(NotAllowedException.class);
            assertThat(retention.setting().yearsAfterClose()).isEqualTo(before);

            retention.change(7, admin);
            assertThat(retention.setting()).satisfies(s -> {
                assertThat(s.yearsAfterClose()).isEqualTo(7);
                assertThat(s.changedBy()).isEqualTo(admin.displayName());
            });
            assertThat(retention.erasesClosedBefore()).isEqualTo(LocalDate.now(UkDates.UK_TIME)
                    .minusYears(7));
            assertThat(audit.find(new AuditFilter(null, null, null, 50), admin)).extracting(AuditEntry::detail)
                    .contains("Changed the retention period from " + Retention.years(before) + " to 7 years after a "
                            + "case closes");
        } finally {
            retention.change(before, admin);
        }
    }

    @Test
    void erasureOnRequestTakesTheThinkersCasesAndEmptiesTheirAccountButLeavesOtherPeoplesRecords() {
        Running theirs = running("Kestrel goals", "Kestrel private notes", "Kestrel actions");
        CurrentUser admin = users.get("pooladmin");
        CurrentUser thinker = users.get(theirs.thinker());
        CurrentUser coach = users.get(theirs.coach());

        ErasurePlan coachPlan = erasure.plan(coach.id(), admin);
        assertThat(coachPlan.mayGoAhead()).isFalse();
        assertThat(coachPlan.blockers()).anySatisfy(b -> assertThat(b)
                .contains(cases.find(theirs.id()).orElseThrow().reference()).contains("belong to the thinkers"));
        assertThatThrownBy(() -> erasure.erase(coach.id(), admin)).isInstanceOf(InvalidInputException.class);
        assertThat(erasure.plan(admin.id(), admin).blockers()).anySatisfy(b -> assertThat(b).contains("your own"));
        assertThatThrownBy(() -> erasure.plan(thinker.id(), coach)).isInstanceOf(NotAllowedException.class);

        ErasurePlan plan = erasure.plan(thinker.id(), admin);
        assertThat(plan.mayGoAhead()).isTrue();
        assertThat(plan.cases()).extracting(c -> c.id()).containsExactly(theirs.id());
        assertThat(plan.kept()).anySatisfy(k -> assertThat(k).contains("audit log"));

        erasure.erase(thinker.id(), admin);

        assertThat(rowsNaming(theirs.id())).isZero();
        var emptied = people.find(thinker.id()).orElseThrow();
        assertThat(emptied.displayName()).isEqualTo("Erased person");
        assertThat(emptied.username()).startsWith("erased-").doesNotContain(theirs.thinker());
        assertThat(emptied.email()).doesNotContain(theirs.thinker());
        assertThat(emptied.roles()).isEmpty();
        assertThat(emptied.enabled()).isFalse();
        assertThat(people.idOf(theirs.thinker())).isEmpty();
        assertThat(worklist.inbox(coach)).as("the coach's task on the case went with it")
                .noneMatch(i -> theirs.id().equals(i.caseId()));
        assertThat(people.find(coach.id()).orElseThrow().displayName()).isEqualTo(coach.displayName());
        assertThat(retention.erased(cases.find(theirs.id()).map(c -> c.reference()).orElse(null), admin))
                .anyMatch(e -> e.reason() == ErasureReason.REQUEST && e.erasedBy().equals(admin.displayName()));
        assertThat(erasure.plan(thinker.id(), admin).blockers()).anySatisfy(b -> assertThat(b).contains("were erased on"));
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient_id = :id").param("id", thinker.id().value())
                .query(Integer.class).single()).as("the mail written to them").isZero();
    }

    @Test
    void thePoolTeamsCopyOfSomeonesRecordsNamesTheirPrivateTextWithoutItsContent() {
        Running theirs = running("Osprey goals <script>alert(1)</script>", "Osprey private notes", "Osprey actions");
        CurrentUser admin = users.get("pooladmin");
        CurrentUser thinker = users.get(theirs.thinker());
        CurrentUser coach = users.get(theirs.coach());

        String copy = new String(subjectAccess.copyFor(thinker.id(), admin), StandardCharsets.UTF_8);
        assertThat(copy).contains("Records held about " + thinker.displayName())
                .contains(cases.find(theirs.id()).orElseThrow().reference())
                .contains("Osprey goals &lt;script&gt;").doesNotContain("<script>")
                .contains("Lead the team") // the contract's outcomes, shared with everyone in it
                .as("actions agreed between coach and thinker are theirs alone").doesNotContain("Osprey actions")
                .doesNotContain("Osprey private notes")
                .contains("Written, and private to the people it was written for")
                .contains("Your records")
                .contains("What is not in this copy");

        String coachCopy = new String(subjectAccess.copyFor(coach.id(), admin), StandardCharsets.UTF_8);
        assertThat(coachCopy).contains("Sessions you logged").doesNotContain("Osprey private notes")
                .doesNotContain("Osprey actions").contains("Written, and private to the people it was written for");
        assertThat(subjectAccess.sections(coach.id(), admin)).flatMap(s -> s.rows()).flatMap(r -> r)
                .as("the records page shows no private text either").doesNotContain("Osprey private notes");

        assertThatThrownBy(() -> subjectAccess.copyFor(thinker.id(), thinker)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> subjectAccess.copyFor(new UserId(UUID.randomUUID()), admin))
                .isInstanceOf(InvalidInputException.class);
        assertThat(audit.find(new AuditFilter(null, null, null, 50), admin)).extracting(AuditEntry::detail)
                .contains("Made a copy of a person's records for a subject access request, without their private text");
    }

    @Test
    void everyonesOwnCopyHoldsTheirPrivateTextAndNobodyElses() {
        Running theirs = running("Kestrel goals", "Kestrel private notes", "Kestrel actions");
        CurrentUser admin = users.get("pooladmin");
        CurrentUser thinker = users.get(theirs.thinker());
        CurrentUser coach = users.get(theirs.coach());

        String coachOwn = new String(subjectAccess.ownCopy(coach), StandardCharsets.UTF_8);
        assertThat(coachOwn).contains("Kestrel private notes").contains("Kestrel actions")
                .doesNotContain("Written, and private to the people");
        String thinkerOwn = new String(subjectAccess.ownCopy(thinker), StandardCharsets.UTF_8);
        assertThat(thinkerOwn).contains("Kestrel goals").contains("Kestrel actions")
                .as("a coach's notes are the coach's").doesNotContain("Kestrel private notes");

        assertThat(audit.find(new AuditFilter(null, null, null, 50), admin))
                .filteredOn(e -> e.detail().equals("Was shown their own records, with their private text"))
                .extracting(AuditEntry::action).isNotEmpty().allMatch(a -> a == AuditAction.READ_CONFIDENTIAL);
    }
}
