package org.coachingpool.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Task forms through the service: validation, drafts, and who reads which answer. */
class TaskFormsTest extends EmbeddedStackTest {

    @Autowired TaskForms forms;
    @Autowired CaseJourney journey;
    @Autowired TestUsers users;
    @Autowired TestPool pool;

    @Test
    void aNoGoNeedsAReasonThatOnlyItsAuthorAndThePoolAdminsRead() {
        String coachName = pool.coach();
        CaseId id = journey.toChemistry(coachName);
        CurrentUser coach = users.get(coachName);
        WorkItem chemistry = awaitTask(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY);

        // Each message is written for a person, not made by gluing "Enter" to the label (issue 28).
        assertThatThrownBy(() -> forms.submit(chemistry.id(), coach, Map.of("chemistry", "NO_GO")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.getMessage()).isEqualTo("Say briefly why not.");
                });
        assertThatThrownBy(() -> forms.submit(chemistry.id(), coach, Map.of("chemistry", "MAYBE")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("chemistry");
                    assertThat(e.getMessage()).isEqualTo("Select yes if this is the right fit, or no if it is not.");
                });

        String reason = "Private: we know each other socially " + UUID.randomUUID();
        forms.submit(chemistry.id(), coach, Map.of("chemistry", "NO_GO", "reason", reason));

        assertThat(forms.answers(id, null, coach)).extracting(Answer::value).contains(reason);
        assertThat(forms.answers(id, null, users.get("pooladmin"))).extracting(Answer::value).contains(reason);
        for (String other : new String[] {"thinker", "sponsor", "coach2", "coach3"}) { // none of them is its coach
            assertThat(forms.answers(id, null, users.get(other))).as(other).extracting(Answer::value)
                    .doesNotContain(reason);
        }
    }

    /**
     * Issue 28: a reader sees the contract's terms in the contract's order, and another person's
     * words are not labelled "Your ..." on their page.
     */
    @Test
    void answersReadInTheFormsOrderAndWithoutTheWritersYour() {
        CaseId id = journey.toSessions(pool.coach());
        assertThat(forms.answers(id, "contract", users.get("thinker"))).extracting(Answer::field)
                .containsExactly("outcomes", "reviewMethod", "cadence", "plannedSessions", "sponsorInvolvement",
                        "reviewDate");
        assertThat(forms.labelOf("review-sponsor", "observations")).isEqualTo("Observations");
        assertThat(forms.labelOf("reflection-coach", "reflection")).isEqualTo("Reflection");
        assertThat(forms.labelOf("contract", "outcomes")).isEqualTo("Intended outcomes");
    }

    @Test
    void aDraftIsKeptForItsAuthorAndGoneOnceSubmitted() {
        String coachName = pool.coach();
        CaseId id = journey.toChemistry(coachName);
        CurrentUser coach = users.get(coachName);
        WorkItem chemistry = awaitTask(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY);
        forms.saveDraft(chemistry.id(), coach, Map.of("chemistry", "GO"));

        assertThat(forms.draft(chemistry.id(), coach)).containsEntry("chemistry", "GO");
        assertThat(forms.draft(chemistry.id(), users.get("thinker"))).isEmpty();
        assertThatThrownBy(() -> forms.saveDraft(chemistry.id(), users.get("thinker"), Map.of()))
                .isInstanceOf(WorkItemUnavailableException.class);

        forms.submit(chemistry.id(), coach, Map.of("chemistry", "GO"));
        assertThat(forms.draft(chemistry.id(), coach)).isEmpty();
    }

    @Test
    void theContractsDatesAndCountsAreChecked() {
        String coachName = pool.coach();
        CaseId id = journey.toChemistry(coachName);
        CurrentUser coach = users.get(coachName);
        CurrentUser thinker = users.get("thinker");
        forms.submit(awaitTask(coach, id, RelationshipProcess.TASK_COACH_CHEMISTRY).id(), coach,
                Map.of("chemistry", "GO"));
        forms.submit(awaitTask(thinker, id, RelationshipProcess.TASK_THINKER_CHEMISTRY).id(), thinker,
                Map.of("chemistry", "GO"));
        WorkItem contract = awaitTask(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT);
        Map<String, String> good = Map.of("outcomes", "Lead the team through the merger", "reviewMethod",
                "Three-way check-in on outcomes only", "cadence", "Monthly, 90 minutes", "plannedSessions", "4",
                "sponsorInvolvement", "FULL", "reviewDate", LocalDate.now().plusMonths(4).toString());

        var pastDate = new HashMap<>(good);
        pastDate.put("reviewDate", LocalDate.now().minusDays(1).toString());
        assertThatThrownBy(() -> forms.submit(contract.id(), coach, pastDate))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reviewDate"));
        var farAhead = new HashMap<>(good);
        farAhead.put("reviewDate", "9999-12-31");
        assertThatThrownBy(() -> forms.submit(contract.id(), coach, farAhead))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reviewDate");
                    assertThat(e.getMessage()).contains("no later than "
                            + UkDates.date(LocalDate.now().plusYears(2)))
                            .contains("The date entered reads as 31 December 9999");
                });
        var american = new HashMap<>(good);
        american.put("reviewDate", "3/15/2027");
        assertThatThrownBy(() -> forms.submit(contract.id(), coach, american))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Enter the date day first, like 15/03/2027."));
        var fraction = new HashMap<>(good);
        fraction.put("plannedSessions", "2.5");
        assertThatThrownBy(() -> forms.submit(contract.id(), coach, fraction))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Enter a whole number from 1 to 20."));
        var tooMany = new HashMap<>(good);
        tooMany.put("plannedSessions", "40");
        assertThatThrownBy(() -> forms.submit(contract.id(), coach, tooMany))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("plannedSessions"));

        forms.submit(contract.id(), coach, good);
        WorkItem confirm = awaitTask(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS);
        assertThat(forms.answers(id, "contract", thinker)).extracting(Answer::value)
                .contains("Lead the team through the merger");
        assertThat(forms.answers(id, "contract", users.get("sponsor"))).isNotEmpty();
        assertThat(forms.answers(id, "contract", users.get("coach3"))).as("not a participant").isEmpty();
        assertThatThrownBy(() -> forms.submit(confirm.id(), thinker, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("thinkerContract"));
        forms.submit(confirm.id(), thinker, Map.of("thinkerContract", "AGREE"));

        // Issue 28: the sponsor raises a concern, which needs words, and it goes back to the coach.
        CurrentUser sponsor = users.get("sponsor");
        WorkItem sponsorConfirms = awaitTask(sponsor, id, RelationshipProcess.TASK_SPONSOR_CONFIRMS);
        assertThatThrownBy(() -> forms.submit(sponsorConfirms.id(), sponsor, Map.of("sponsorContract", "CONCERN")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.getMessage()).isEqualTo(
                            "Say what your concern is, so that the coach or mentor can change the contract.");
                });
        forms.submit(sponsorConfirms.id(), sponsor, Map.of("sponsorContract", "CONCERN",
                "comment", "Monthly is too often during the merger"));
        WorkItem again = awaitTask(coach, id, RelationshipProcess.TASK_RECORD_CONTRACT);
        assertThat(again.id()).isNotEqualTo(contract.id());
        assertThat(forms.contractConcerns(id, coach)).containsExactly(
                new TaskForms.Concern("Tom Bennett", "Monthly is too often during the merger"));
        var opened = forms.open(again.id(), coach);
        assertThat(forms.lastAnswers(again, opened.getValue(), coach)).as("the coach starts from their last terms")
                .containsEntry("outcomes", "Lead the team through the merger").containsEntry("plannedSessions", "4");

        var changed = new HashMap<>(good);
        changed.put("cadence", "Every six weeks, 90 minutes");
        forms.submit(again.id(), coach, changed);
        var confirmAgain = awaitTask(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS);
        assertThat(forms.lastAnswers(confirmAgain, forms.open(confirmAgain.id(), thinker).getValue(), thinker))
                .as("only a contract's terms carry over, not what someone wrote on another form").isEmpty();
        assertThat(forms.inFormOrder(id, "contract", thinker)).as("the contract as last recorded, once")
                .extracting(Answer::value).contains("Every six weeks, 90 minutes")
                .doesNotContain("Monthly, 90 minutes");
        assertThat(forms.contractConcerns(id, coach)).as("answered by the new terms").isEmpty();
        forms.submit(awaitTask(thinker, id, RelationshipProcess.TASK_THINKER_CONFIRMS).id(), thinker,
                Map.of("thinkerContract", "AGREE"));
        forms.submit(awaitTask(sponsor, id, RelationshipProcess.TASK_SPONSOR_CONFIRMS).id(), sponsor,
                Map.of("sponsorContract", "AGREE"));
        awaitTask(coach, id, RelationshipProcess.TASK_LOG_SESSION);
    }

    private WorkItem awaitTask(CurrentUser user, CaseId id, String elementId) {
        return journey.task(user.username(), id, elementId);
    }

    @Test
    void aFormMadeInTheModellerAsksForMissingAnswersInPlainWords() {
        assertThat(TaskForms.missing(new Field.Choice("hr", "Does HR approve?", Map.of())))
                .isEqualTo("Select an answer to \u201cDoes HR approve?\u201d.");
        assertThat(TaskForms.missing(new Field.Text("why", "Why? (seen by you and the pool team)",
                "", Visibility.AUTHOR_AND_POOL_ADMINS, "*")))
                .isEqualTo("Answer \u201cWhy?\u201d.");
        assertThat(TaskForms.missing(new Field.Text("note",
                "Note for the pool team (seen by you and the pool team)", "",
                Visibility.AUTHOR_AND_POOL_ADMINS, "*")))
                .isEqualTo("Enter note for the pool team.").doesNotContain("seen by");
    }
}
