package org.coachingpool.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coachingpool.audit.AuditAction;
import org.coachingpool.audit.AuditEntry;
import org.coachingpool.audit.AuditFilter;
import org.coachingpool.audit.AuditLog;
import org.coachingpool.cases.CaseId;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.SentMail;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.security.UserId;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A concern raised by a case's coach reaches the named safeguarding lead at once, as a task and
 * an email, and nobody else: not on the case, not in the pool team's lists or audit log, not in
 * the email, not in the database as plain text.
 */
class SafeguardingTest extends EmbeddedStackTest {

    @Autowired Safeguarding safeguarding;
    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;
    @Autowired Worklist worklist;
    @Autowired AuditLog audit;
    @Autowired Mail mail;
    @Autowired JdbcClient jdbc;

    static final NewConcern CONCERN = new NewConcern(Risk.HARM_TO_THINKER, ThinkerTold.YES,
            "Kilimanjaro: said they had thought about ending their life last week");

    @Test
    void aConcernReachesTheLeadAloneAsATaskAndAnEmailThatSaysNothingOfIt() {
        CurrentUser admin = users.get("pooladmin");
        CurrentUser lead = users.get("processadmin");
        safeguarding.nameLead(lead.id(), admin);
        String coachName = pool.coach();
        CurrentUser coach = users.get(coachName);
        CaseId id = journey.toSessions(coachName);
        UUID request = UUID.randomUUID();

        assertThat(safeguarding.raise(id, coach, CONCERN, request)).get().extracting(p -> p.id()).isEqualTo(lead.id());
        safeguarding.raise(id, coach, CONCERN, request);

        WorkItem task = await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(lead).stream()
                .filter(i -> i.elementId().equals(SafeguardingProcess.TASK_RESPOND)
                        && request.toString().equals(String.valueOf(i.context().get(SafeguardingProcess.VAR_CONCERN))))
                .toList(), found -> !found.isEmpty()).getFirst();
        assertThat(jdbc.sql("select count(*) from safeguarding_concern where id = :id").param("id", request)
                .query(Integer.class).single()).as("the same submit twice").isEqualTo(1);
        assertThat(task.caseId()).as("on no case page").isNull();
        assertThat(worklist.ofCase(id)).noneMatch(i -> i.elementId().equals(SafeguardingProcess.TASK_RESPOND));
        assertThat(worklist.inbox(admin)).noneMatch(i -> i.id().equals(task.id()));
        assertThatThrownBy(() -> safeguarding.concern(task.id(), admin)).isInstanceOf(WorkItemUnavailableException.class);

        Concern read = safeguarding.concern(task.id(), lead);
        assertThat(read.whatHappened()).isEqualTo(CONCERN.whatHappened());
        assertThat(read.raisedByName()).isEqualTo(coach.displayName());
        assertThat(read.risk()).isEqualTo(Risk.HARM_TO_THINKER);

        List<SentMail> toLead = await().atMost(Duration.ofSeconds(20)).until(
                () -> mail.find(new MailFilter(null, lead.username(), null, 50), admin).stream()
                        .filter(m -> m.subject().contains("safeguarding")).toList(), found -> !found.isEmpty());
        assertThat(toLead).allSatisfy(m -> assertThat(m.subject() + m.body()).doesNotContain("Kilimanjaro")
                .doesNotContain("ending their life"));

        assertThatThrownBy(() -> safeguarding.respond(task.id(), lead, " ")).isInstanceOf(InvalidInputException.class);
        safeguarding.respond(task.id(), lead, "Kilimanjaro response: referred to the trust's safeguarding team");
        assertThat(jdbc.sql("select what_happened || coalesce(response, '') from safeguarding_concern where id = :id")
                .param("id", request).query(String.class).single()).doesNotContain("Kilimanjaro");

        List<AuditEntry> seenByPoolTeam = audit.find(new AuditFilter(null, null, null, 500), admin);
        assertThat(seenByPoolTeam).noneMatch(e -> e.action() == AuditAction.SAFEGUARDING)
                .noneMatch(e -> e.detail().toLowerCase().contains("safeguarding concern"));
        assertThat(audit.find(new AuditFilter(null, null, AuditAction.SAFEGUARDING, 500), lead))
                .extracting(AuditEntry::detail).contains("Raised a safeguarding concern: serious risk of harm to the "
                        + "person being coached or mentored", "Read a safeguarding concern",
                        "Recorded what was done about a safeguarding concern");
    }

    @Test
    void onlyTheCasesCoachRaisesAConcernAndWithoutANamedLeadNothingIsSentAndTheyAreToldWhatToDo() {
        String coachName = pool.coach();
        CaseId id = journey.toSessions(coachName);
        assertThatThrownBy(() -> safeguarding.raise(id, users.get("thinker"), CONCERN, UUID.randomUUID()))
                .isInstanceOf(WorkItemUnavailableException.class);
        assertThatThrownBy(() -> safeguarding.raise(id, users.get(coachName), new NewConcern(null, null, ""),
                UUID.randomUUID())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("risk", "thinkerTold", "whatHappened"));

        Optional<UUID> named = jdbc.sql("select user_id from safeguarding_lead").query(UUID.class).optional();
        jdbc.sql("delete from safeguarding_lead").update();
        try {
            UUID request = UUID.randomUUID();
            assertThatThrownBy(() -> safeguarding.raise(id, users.get(coachName), CONCERN, request))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("call 999")
                    .hasMessageContaining("nothing was sent");
            assertThat(jdbc.sql("select count(*) from safeguarding_concern where id = :id").param("id", request)
                    .query(Integer.class).single()).isZero();
        } finally {
            named.ifPresent(lead -> safeguarding.nameLead(new UserId(lead), users.get("pooladmin")));
        }
    }
}
