package org.coachingpool.pool;

import org.coachingpool.enginecommands.CommandDelivered;
import org.coachingpool.enginecommands.CommandPurpose;
import org.coachingpool.enginecommands.EngineCommands;
import org.coachingpool.enginecommands.EngineMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.PersonErasing;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.pool.repository.PoolRepository;
import org.coachingpool.pool.repository.PoolRepository.StoredApplication;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining the pool ({@code onboarding.bpmn}): someone offers to coach or mentor, the pool team
 * invites them to training and records it, they write their profile, the pool team approves it
 * and they are active. What people write stays here; the engine carries ids and decisions.
 */
@Service
public class Onboarding {

    public static final int TEXT_MAX = 2000;

    /** The pool team's answer to an offer. */
    public enum InterestDecision { TRAINING, NOT_NOW }

    private final PoolRepository pool;
    private final People people;
    private final Worklist worklist;
    private final EngineCommands engineCommands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Onboarding(PoolRepository pool, People people, Worklist worklist, EngineCommands engineCommands,
            ApplicationEventPublisher events, Clock clock) {
        this.pool = pool;
        this.people = people;
        this.worklist = worklist;
        this.engineCommands = engineCommands;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Someone offers to coach or mentor. The process starts once this commits.
     *
     * @throws InvalidInputException with every problem; nothing is stored
     */
    @Transactional
    public ApplicationId offer(CurrentUser applicant, MemberKind kind, String motivation, String experience) {
        var latest = pool.latestApplication(applicant.id());
        new Problems()
                .when(pool.profile(applicant.id()).isPresent(), "kind", "You are already in the pool: see Your profile.")
                .when(latest.map(a -> Application.Status.valueOf(a.status()).open()).orElse(false), "kind",
                        "You have already offered. The pool team will be in touch.")
                .when(kind == null, "kind", "Choose whether you would like to coach, mentor or both.")
                .when(blank(motivation), "motivation", "Say in a sentence or two why you would like to.")
                .check(() -> StorableText.require("motivation", "why you would like to", motivation))
                .when(motivation != null && motivation.strip().length() > TEXT_MAX, "motivation",
                        "This must be " + TEXT_MAX + " characters or fewer.")
                .check(() -> StorableText.require("experience", "your experience", experience))
                .when(experience != null && experience.strip().length() > TEXT_MAX, "experience",
                        "This must be " + TEXT_MAX + " characters or fewer.")
                .throwIfAny();
        var id = new ApplicationId(UUID.randomUUID());
        if (!pool.insertApplication(id, applicant.id(), kind, motivation.strip(), blank(experience) ? null
                : experience.strip(), clock.instant())) {
            throw new InvalidInputException("kind", "You have already offered. The pool team will be in touch.");
        }
        engineCommands.publish(id.toString(), CommandPurpose.ONBOARDING_START, id.toString(), new EngineMessage(
                OnboardingProcess.MESSAGE_INTEREST, id.toString(), id.toString(), EngineMessage.START_KEPT,
                Map.of(OnboardingProcess.VAR_APPLICATION, id.toString(), OnboardingProcess.VAR_APPLICANT,
                        applicant.username(), OnboardingProcess.VAR_KIND, kind.name())));
        return id;
    }

    /** Whether the person has an offer to coach or mentor that the pool team is still working on. */
    public boolean hasOpenOffer(UserId person) {
        return pool.hasOpenApplication(person);
    }

    /** Their offers and their profile go with the rest of their records (ADR 0023). */
    @EventListener
    void onErasing(PersonErasing erasing) {
        pool.erase(erasing.person());
    }

    /** The person's latest offer and where it is, for their own page. */
    public Optional<Application> ownOffer(CurrentUser applicant) {
        return pool.latestApplication(applicant.id()).map(this::details);
    }

    /**
     * The offer behind an onboarding task of the given kind, for the pool team or the applicant
     * working on it. A task of another kind is refused: each page shows only the task it is for.
     *
     * @param elementId the kind of task the asking page is for (e.g. {@link OnboardingProcess#TASK_RECORD_TRAINING})
     */
    public Application applicationFor(WorkItemId itemId, CurrentUser user, String elementId) {
        return details(stored(task(itemId, user, elementId)));
    }

    /** @throws InvalidInputException when no decision is chosen */
    @Transactional
    public void reviewInterest(WorkItemId itemId, CurrentUser admin, InterestDecision decision) {
        WorkItem item = task(itemId, admin, OnboardingProcess.TASK_REVIEW_INTEREST);
        if (decision == null) {
            throw new InvalidInputException("decision", "Choose whether to invite them to training.");
        }
        worklist.complete(itemId, OnboardingProcess.TASK_REVIEW_INTEREST, admin,
                Map.of(OnboardingProcess.VAR_INTEREST, decision.name()));
        if (decision == InterestDecision.TRAINING) {
            pool.applicationStatus(stored(item).id(), Application.Status.IN_TRAINING.name(), clock.instant());
        }
    }

    /**
     * @param completedOn the day they completed it; needed when they did
     * @throws InvalidInputException with every problem
     */
    @Transactional
    public void recordTraining(WorkItemId itemId, CurrentUser admin, Boolean completed, LocalDate completedOn,
            Set<Accreditation> accreditations) {
        WorkItem item = task(itemId, admin, OnboardingProcess.TASK_RECORD_TRAINING);
        LocalDate today = LocalDate.now(clock);
        new Problems()
                .when(completed == null, "completed", "Say whether they completed the training.")
                .when(Boolean.TRUE.equals(completed) && completedOn == null, "completedOn",
                        "Enter the date they completed the training, for example 15/03/2027.")
                .when(completedOn != null && completedOn.isAfter(today), "completedOn",
                        "The date must be today or in the past.")
                .when(completedOn != null && completedOn.isBefore(LocalDate.of(2000, 1, 1)), "completedOn",
                        "Enter a date from 1 January 2000 to today.")
                .throwIfAny();
        var application = stored(item);
        if (completed) {
            pool.trainingRecorded(application.id(), completedOn, accreditations == null ? Set.of() : accreditations,
                    clock.instant());
        }
        worklist.complete(itemId, OnboardingProcess.TASK_RECORD_TRAINING, admin,
                Map.of(OnboardingProcess.VAR_TRAINING, completed ? "COMPLETED" : "NOT_COMPLETED"));
    }

    /**
     * The new member sends their profile for approval.
     *
     * @throws InvalidInputException when it says too little for a thinker to choose them
     */
    @Transactional
    public void profileReady(WorkItemId itemId, CurrentUser applicant) {
        WorkItem item = task(itemId, applicant, OnboardingProcess.TASK_WRITE_PROFILE);
        var profile = pool.profile(applicant.id())
                .orElseThrow(() -> new WorkItemUnavailableException("Your profile is not open yet."));
        new Problems()
                .when(profile.specialisms().isEmpty(), "profile", "Choose at least one specialism in your profile.")
                .when(blank(profile.biography()), "profile", "Write a few lines about yourself in your profile: "
                        + "people choosing a coach or mentor read them.")
                .throwIfAny();
        pool.applicationStatus(stored(item).id(), Application.Status.AWAITING_APPROVAL.name(), clock.instant());
        worklist.complete(itemId, OnboardingProcess.TASK_WRITE_PROFILE, applicant, Map.of());
    }

    /**
     * @param changes what to change, needed when not approving; the new member reads it
     * @throws InvalidInputException with every problem
     */
    @Transactional
    public void approveProfile(WorkItemId itemId, CurrentUser admin, Boolean approved, String changes) {
        WorkItem item = task(itemId, admin, OnboardingProcess.TASK_APPROVE_PROFILE);
        new Problems()
                .when(approved == null, "approved", "Choose whether to approve the profile.")
                .when(Boolean.FALSE.equals(approved) && blank(changes), "changes", "Say what they should change.")
                .check(() -> StorableText.require("changes", "what to change", changes))
                .when(changes != null && changes.strip().length() > TEXT_MAX, "changes",
                        "This must be " + TEXT_MAX + " characters or fewer.")
                .throwIfAny();
        var application = stored(item);
        if (!approved) {
            pool.changesRequested(application.id(), changes.strip(), clock.instant());
            pool.applicationStatus(application.id(), Application.Status.WRITING_PROFILE.name(), clock.instant());
        }
        worklist.complete(itemId, OnboardingProcess.TASK_APPROVE_PROFILE, admin,
                Map.of(OnboardingProcess.VAR_PROFILE, approved ? "APPROVED" : "CHANGES"));
    }

    /** The profile for the pool team approving it. */
    public CoachProfile profileToApprove(WorkItemId itemId, CurrentUser admin) {
        var application = stored(task(itemId, admin, OnboardingProcess.TASK_APPROVE_PROFILE));
        return pool.profile(application.applicant())
                .orElseThrow(() -> new WorkItemUnavailableException("This profile is not open."));
    }

    /** Training recorded: the person becomes a joining member who can write a profile. Safe to repeat. */
    @Transactional
    public void openProfile(ApplicationId applicationId) {
        var application = pool.application(applicationId).orElseThrow();
        pool.insertJoiningMember(application.applicant(), application.kind(), application.accreditations(),
                LocalDate.now(clock), clock.instant());
        people.addRole(application.applicant(), Role.COACH);
        pool.applicationStatus(applicationId, Application.Status.WRITING_PROFILE.name(), clock.instant());
    }

    /** Profile approved: the member is active and can be offered cases. Safe to repeat. */
    @Transactional
    public void activate(ApplicationId applicationId) {
        var application = pool.application(applicationId).orElseThrow();
        pool.activate(application.applicant(), LocalDate.now(clock), clock.instant());
        pool.applicationStatus(applicationId, Application.Status.ACTIVE.name(), clock.instant());
        events.publishEvent(new PoolMemberChanged(application.applicant()));
    }

    /** The offer ends without joining: not taken forward, or invited to training and not completed. */
    @Transactional
    public void close(ApplicationId applicationId, boolean invitedToTraining) {
        pool.applicationStatus(applicationId, invitedToTraining ? Application.Status.TRAINING_NOT_COMPLETED.name()
                : Application.Status.NOT_TAKEN_FORWARD.name(), clock.instant());
    }

    /** The engine took the offer: its joining process runs. */
    @EventListener
    void started(CommandDelivered delivered) {
        if (delivered.purpose() == CommandPurpose.ONBOARDING_START) {
            pool.applicationStarted(ApplicationId.parse(delivered.subject()), clock.instant());
        }
    }

    private WorkItem task(WorkItemId itemId, CurrentUser user, String elementId) {
        WorkItem item = worklist.get(itemId, user);
        if (!elementId.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not about joining the pool.");
        }
        return item;
    }

    /** The offer a task is about: the engine names it by id in the task's context. */
    private StoredApplication stored(WorkItem item) {
        Object id = item.context().get(OnboardingProcess.VAR_APPLICATION);
        return id == null ? null : pool.application(ApplicationId.parse(id.toString()))
                .orElseThrow(() -> new WorkItemUnavailableException("This offer no longer exists."));
    }

    private Application details(StoredApplication stored) {
        var person = people.find(stored.applicant());
        return new Application(person.map(p -> p.displayName()).orElse("Someone no longer in the pool"),
                person.map(p -> p.organisation()).orElse(null),
                person.map(p -> p.workplace().jobTitle()).orElse(null),
                person.map(p -> p.workplace().department()).orElse(null), stored.kind(), stored.motivation(),
                stored.experience(), Application.Status.valueOf(stored.status()), stored.trainingCompletedOn(),
                stored.accreditations(), stored.changesRequested(), stored.createdAt());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
