package org.coachingpool.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Joining the pool through the real engine: offer, training, profile, changes asked, approval. */
class OnboardingTest extends EmbeddedStackTest {

    @Autowired Onboarding onboarding;
    @Autowired Pool pool;
    @Autowired People people;
    @Autowired Worklist worklist;
    @Autowired TestPool testPool;
    @Autowired TestUsers users;

    @Test
    void someoneOffersIsTrainedWritesAProfileIsAskedForChangesAndBecomesActive() {
        CurrentUser applicant = users.get(testPool.thinker());
        CurrentUser admin = users.get("pooladmin");
        assertThatThrownBy(() -> onboarding.offer(applicant, null, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("kind", "motivation"));
        onboarding.offer(applicant, MemberKind.COACH, "I have been coached and would like to give back.", null);
        assertThatThrownBy(() -> onboarding.offer(applicant, MemberKind.COACH, "Again", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already offered");

        WorkItem review = task(admin, OnboardingProcess.TASK_REVIEW_INTEREST, applicant);
        assertThat(onboarding.applicationFor(review.id(), admin, OnboardingProcess.TASK_REVIEW_INTEREST).motivation())
                .isEqualTo("I have been coached and would like to give back.");
        onboarding.reviewInterest(review.id(), admin, Onboarding.InterestDecision.TRAINING);
        assertThat(onboarding.ownOffer(applicant).orElseThrow().status()).isEqualTo(Application.Status.IN_TRAINING);

        WorkItem training = task(admin, OnboardingProcess.TASK_RECORD_TRAINING, applicant);
        assertThatThrownBy(() -> onboarding.recordTraining(training.id(), admin, true, LocalDate.now().plusDays(1), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("today or in the past");
        onboarding.recordTraining(training.id(), admin, true, LocalDate.now().minusDays(2), Set.of(Accreditation.ILM_5));

        WorkItem write = task(applicant, OnboardingProcess.TASK_WRITE_PROFILE, applicant);
        var joining = pool.member(applicant.id(), applicant).orElseThrow();
        assertThat(joining.profile().status()).isEqualTo(MemberStatus.JOINING);
        assertThat(joining.profile().accreditations()).containsExactly(Accreditation.ILM_5);
        assertThat(people.find(applicant.id()).orElseThrow().roles()).contains(Role.COACH);
        assertThatThrownBy(() -> onboarding.profileReady(write.id(), applicant))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("specialism");

        var change = ProfileChange.of(joining.profile());
        pool.updateProfile(applicant.id(), new ProfileChange(change.kind(), change.accreditations(),
                EnumSet.of(DevelopmentArea.NEW_ROLE), Modality.VIRTUAL, null, "Ten years in housing; I like first "
                + "conversations.", null, null, MemberStatus.ACTIVE, null, 2, 12, 2, change.loadedAt()), applicant);
        assertThat(pool.member(applicant.id(), applicant).orElseThrow().profile().status())
                .as("nobody approves themselves").isEqualTo(MemberStatus.JOINING);
        onboarding.profileReady(write.id(), applicant);

        WorkItem approve = task(admin, OnboardingProcess.TASK_APPROVE_PROFILE, applicant);
        assertThat(onboarding.profileToApprove(approve.id(), admin).specialisms()).containsExactly(DevelopmentArea.NEW_ROLE);
        assertThatThrownBy(() -> onboarding.approveProfile(approve.id(), admin, false, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("what they should change");
        onboarding.approveProfile(approve.id(), admin, false, "Say where you can meet in person.");

        // A page for one kind of onboarding task never shows another's (issue 27).
        assertThatThrownBy(() -> onboarding.applicationFor(approve.id(), admin, OnboardingProcess.TASK_RECORD_TRAINING))
                .isInstanceOf(WorkItemUnavailableException.class);
        WorkItem again = task(applicant, OnboardingProcess.TASK_WRITE_PROFILE, applicant);
        assertThat(onboarding.applicationFor(again.id(), applicant, OnboardingProcess.TASK_WRITE_PROFILE)
                .changesRequested())
                .isEqualTo("Say where you can meet in person.");
        onboarding.profileReady(again.id(), applicant);
        onboarding.approveProfile(task(admin, OnboardingProcess.TASK_APPROVE_PROFILE, applicant).id(), admin, true, null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(pool.member(applicant.id(), applicant)
                .orElseThrow().profile().status()).isEqualTo(MemberStatus.ACTIVE));
        assertThat(onboarding.ownOffer(applicant).orElseThrow().status()).isEqualTo(Application.Status.ACTIVE);
    }

    @Test
    void anOfferNotTakenForwardEndsAndTheyMayOfferAgainLater() {
        CurrentUser applicant = users.get(testPool.thinker());
        CurrentUser admin = users.get("pooladmin");
        onboarding.offer(applicant, MemberKind.MENTOR, "I would like to mentor new managers.", "Five years' mentoring");
        onboarding.reviewInterest(task(admin, OnboardingProcess.TASK_REVIEW_INTEREST, applicant).id(), admin,
                Onboarding.InterestDecision.NOT_NOW);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(onboarding.ownOffer(applicant)
                .orElseThrow().status()).isEqualTo(Application.Status.NOT_TAKEN_FORWARD));
        assertThat(pool.member(applicant.id(), applicant)).isEmpty();
        onboarding.offer(applicant, MemberKind.MENTOR, "Trying again next year.", null);
    }

    /** The onboarding task of this applicant's offer, once the engine has created it. */
    private WorkItem task(CurrentUser user, String elementId, CurrentUser applicant) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(user).stream()
                .filter(i -> i.elementId().equals(elementId))
                .filter(i -> onboarding.applicationFor(i.id(), user, elementId).applicantName()
                        .equals(applicant.displayName()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }
}
