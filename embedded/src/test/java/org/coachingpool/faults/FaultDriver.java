package org.coachingpool.faults;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessMessageSubscriptionIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessMessageSubscriptionRecordValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.demo.DemoData;
import org.coachingpool.demo.PoolActions;
import org.coachingpool.embedded.EmbeddedEngine;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.MemberKind;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.pool.OnboardingProcess;
import org.coachingpool.reconciliation.Reconciliation;
import org.coachingpool.reconciliation.ReconciliationReport;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.safeguarding.NewConcern;
import org.coachingpool.safeguarding.Risk;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.safeguarding.SafeguardingProcess;
import org.coachingpool.safeguarding.ThinkerTold;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.UserDirectory;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plays the pool's people inside the app under test, through the same services the screens use:
 * thinkers ask, sponsors endorse, the pool team triages and matches, coaches accept, both sides say
 * go, contract, log three sessions, review, evaluate and reflect. It holds nothing that a crash
 * could lose: at every start it finds the relationships it asked for (each request has a fixed
 * submission token) and carries on from whatever tasks are open. It reports what it sees to
 * {@code status.properties} every two seconds, and once every relationship has closed in a
 * start without faults, the final comparison to {@code final.properties}.
 */
final class FaultDriver implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(FaultDriver.class);
    private static final String ADMIN = "pooladmin";
    /** The safeguarding lead the driver names, who answers every concern. */
    private static final String LEAD = "processadmin";
    /** Every tenth relationship is ended early by its thinker after its first session. */
    static final int ENDS_EARLY = 3;
    /** Every tenth relationship has a safeguarding concern raised before its first session is logged. */
    static final int RAISES_CONCERN = 5;
    /** Every tenth thinker also offers to coach; the pool team answers "not now". */
    static final int OFFERS_TO_JOIN = 7;
    private static final int SESSIONS = 3;
    private static final int THREADS = 6;

    private final FaultSettings settings;
    private final DemoData demo;
    private final PoolActions poolActions;
    private final UserDirectory directory;
    private final Worklist worklist;
    private final Cases cases;
    private final Reconciliation reconciliation;
    private final EmbeddedEngine engine;
    private final Clock clock;
    private final Safeguarding safeguarding;
    private final JdbcClient jdbc;
    private final Onboarding onboarding;

    /** Open relationships, and since when each has waited for the engine to give it a task. */
    private final Map<CaseId, Instant> waitingSince = new ConcurrentHashMap<>();
    private final Map<CaseId, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger actions = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong longestWaitMillis = new AtomicLong();
    private volatile int closed;
    private volatile int requested;
    private volatile String lastFailure = "";
    private volatile Instant startedAt;

    FaultDriver(FaultSettings settings, DemoData demo, PoolActions poolActions, Worklist worklist, Cases cases,
            UserDirectory directory, Reconciliation reconciliation, EmbeddedEngine engine, Clock clock, Safeguarding safeguarding,
            JdbcClient jdbc, Onboarding onboarding) {
        this.onboarding = onboarding;
        this.safeguarding = safeguarding;
        this.jdbc = jdbc;
        this.settings = settings;
        this.demo = demo;
        this.poolActions = poolActions;
        this.directory = directory;
        this.worklist = worklist;
        this.cases = cases;
        this.reconciliation = reconciliation;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        var thread = new Thread(this::drive, "fault-driver");
        thread.setDaemon(true);
        thread.start();
    }

    private String prefix() {
        return "fault" + settings.seed();
    }

    private void drive() {
        startedAt = clock.instant();
        var pool = Executors.newFixedThreadPool(THREADS);
        var status = Thread.ofPlatform().daemon().name("fault-status").start(this::reportEveryTwoSeconds);
        try {
            if (directory.userFor(prefix() + "-thinker-0001").isEmpty()) {
                // Fewer places (6 each) than relationships in flight: some cases wait on the waiting list
                // and are woken when a place comes free, so the suite drives wake-ups too.
                demo.addSimulatedPeople(prefix(), 3, settings.cases(), Math.max(4, settings.inFlight() / 8));
            }
            safeguarding.nameLead(user(LEAD).id(), user(ADMIN));
            int next = 0;
            while (closed < settings.cases()) {
                while (next < settings.cases() && waitingSince.size() < settings.inFlight()) {
                    if (!request(next)) {
                        break;
                    }
                    next++;
                }
                requested = next;
                step(pool);
                answerConcerns();
                answerOffers();
                Thread.sleep(100);
            }
            writeStatus();
            if (settings.quiet()) {
                writeFinal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("The fault driver stopped", e);
            lastFailure = "stopped: " + e;
            writeStatus();
        } finally {
            pool.shutdownNow();
            status.interrupt();
        }
    }

    /** Asks for relationship number {@code n}, or finds it asked for already. */
    private boolean request(int n) {
        String thinker = "%s-thinker-%04d".formatted(prefix(), n + 1);
        String sponsor = "%s-sponsor-%04d".formatted(prefix(), n / 4 + 1);
        try {
            CaseId id = poolActions.request(user(thinker), user(sponsor), KindWanted.COACHING,
                    EnumSet.of(DevelopmentArea.values()[n % DevelopmentArea.values().length]),
                    "Fault suite: grow in my role.",
                    UUID.nameUUIDFromBytes((prefix() + "-request-" + n).getBytes(StandardCharsets.UTF_8)));
            numbers.put(id, n);
            if (n % 10 == OFFERS_TO_JOIN && jdbc.sql("select count(*) from pool_application where applicant_id = :id")
                    .param("id", user(thinker).id().value()).query(Long.class).single() == 0) {
                // Offered once only: after a restart an offer already stored is not made again.
                onboarding.offer(user(thinker), MemberKind.COACH,
                        "Fault suite: I would like to coach colleagues.", null);
            }
            if (isClosed(id)) {
                closed++;
            } else {
                waitingSince.putIfAbsent(id, clock.instant());
            }
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private boolean isClosed(CaseId id) {
        return cases.find(id).map(found -> found.stage().isFinal()).orElse(false);
    }

    private void step(ExecutorService pool) throws InterruptedException {
        List<Future<?>> work = new ArrayList<>();
        for (CaseId id : List.copyOf(waitingSince.keySet())) {
            work.add(pool.submit(() -> stepCase(id)));
        }
        for (var future : work) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failed(e.getCause());
            }
        }
    }

    private void stepCase(CaseId id) {
        try {
            var open = worklist.ofCase(id).stream().filter(i -> i.state() == WorkItemState.OPEN).toList();
            if (open.isEmpty()) {
                if (isClosed(id)) {
                    waitingSince.remove(id);
                    synchronized (this) {
                        closed++;
                    }
                } else if (onWaitingList(id)) {
                    // Waiting for a place is the pool's wait, not the engine's: it does not count.
                    waitingSince.put(id, clock.instant());
                }
                return;
            }
            Instant since = waitingSince.get(id);
            if (since != null) {
                long waited = Duration.between(since, clock.instant()).toMillis();
                longestWaitMillis.accumulateAndGet(waited, Math::max);
                if (waited > 30_000) {
                    log.warn("Fault driver: case {} waited {} s for its task {}", open.getFirst().caseReference(),
                            waited / 1000, open.getFirst().elementId());
                }
            }
            for (WorkItem item : open) {
                act(id, item);
            }
            waitingSince.put(id, clock.instant());
        } catch (WorkItemUnavailableException e) {
            refused.incrementAndGet();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void act(CaseId id, WorkItem item) {
        int n = numbers.getOrDefault(id, 0);
        CurrentUser who = user(item.assignee() != null ? item.assignee() : ADMIN);
        var today = LocalDate.now(clock.withZone(UkDates.UK_TIME));
        switch (item.elementId()) {
            case RelationshipProcess.TASK_ENDORSE -> poolActions.endorse(item.id(), who);
            case RelationshipProcess.TASK_TRIAGE -> poolActions.triage(item.id(), who, TriageDecision.COACHING,
                    "Fault suite: decided with the thinker.", null);
            case RelationshipProcess.TASK_CHOOSE_MATCH -> poolActions.offerToOneRanked(item.id(), who, n).orElseThrow(
                    () -> new IllegalStateException("nobody to offer case " + item.caseReference() + " to"));
            case RelationshipProcess.TASK_OFFER -> poolActions.acceptOffer(item.id(), who);
            case RelationshipProcess.TASK_COACH_CHEMISTRY, RelationshipProcess.TASK_THINKER_CHEMISTRY ->
                    poolActions.chemistry(item.id(), who, true, null);
            case RelationshipProcess.TASK_RECORD_CONTRACT -> poolActions.recordContract(item.id(), who,
                    "Fault suite: lead the team through change", "Every three weeks", SESSIONS, today.plusMonths(6));
            case RelationshipProcess.TASK_THINKER_CONFIRMS -> poolActions.thinkerAgreesContract(item.id(), who);
            case RelationshipProcess.TASK_SPONSOR_CONFIRMS -> poolActions.sponsorAgreesContract(item.id(), who);
            case RelationshipProcess.TASK_LOG_SESSION -> logOrEndEarly(id, item, who, n, today);
            case RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END -> poolActions.closeAfterEarlyEnd(item.id(), who,
                    "Fault suite: closed as the thinker asked.");
            case RelationshipProcess.TASK_NEXT_STEP -> poolActions.moveOnToReview(item.id(), who);
            case RelationshipProcess.TASK_HOLD_REVIEW -> poolActions.holdReview(item.id(), who,
                    "Fault suite: outcomes met.");
            case RelationshipProcess.TASK_RECORD_OBSERVATIONS -> poolActions.recordObservations(item.id(), who,
                    "Fault suite: more confident.");
            case RelationshipProcess.TASK_EVALUATE -> poolActions.evaluate(item.id(), who, 4, 4, 3);
            case RelationshipProcess.TASK_REFLECT -> poolActions.reflect(item.id(), who, "Fault suite reflection.");
            case "decide-after-attempts" -> poolActions.rematchAfterAttempts(item.id(), who);
            default -> throw new IllegalStateException("the fault driver has no answer for task " + item.elementId());
        }
        actions.incrementAndGet();
    }

    /**
     * A session is logged, except that one relationship in ten is ended early by its thinker once it
     * has had one (once only: an early end already stored is not asked for again after a restart),
     * and one in ten has a safeguarding concern raised first (with a fixed id, so raising it again
     * after a restart is the same concern).
     */
    private void logOrEndEarly(CaseId id, WorkItem item, CurrentUser coach, int n, LocalDate today) {
        if (n % 10 == RAISES_CONCERN) {
            safeguarding.raise(id, coach, new NewConcern(
                    Risk.HARM_TO_THINKER, ThinkerTold.YES,
                    "Fault suite concern"), UUID.nameUUIDFromBytes((prefix() + "-concern-" + n)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (n % 10 == ENDS_EARLY && count("select count(*) from session_log where case_id = :id", id) >= 1) {
            if (count("select count(*) from early_end where case_id = :id", id) == 0) {
                String thinker = "%s-thinker-%04d".formatted(prefix(), n + 1);
                poolActions.endEarly(id, user(thinker), "Fault suite: not the right fit");
            }
            return;
        }
        poolActions.logSession(item.id(), coach, today, 60, SessionEntry.Modality.VIRTUAL);
    }

    private boolean onWaitingList(CaseId id) {
        return count("select count(*) from match_waiting where case_id = :id and left_at is null", id) > 0;
    }

    private long count(String sql, CaseId id) {
        return jdbc.sql(sql).param("id", id.value()).query(Long.class).single();
    }

    /** The lead answers whatever concerns wait for them. */
    private void answerConcerns() {
        try {
            for (WorkItem item : worklist.inbox(user(LEAD))) {
                if (SafeguardingProcess.TASK_RESPOND.equals(item.elementId())) {
                    safeguarding.respond(item.id(), user(LEAD), "Fault suite: referred on.");
                    actions.incrementAndGet();
                }
            }
        } catch (WorkItemUnavailableException e) {
            refused.incrementAndGet();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** The pool team answers "not now" to every offer to join waiting for it. */
    private void answerOffers() {
        try {
            for (WorkItem item : worklist.inbox(user(ADMIN))) {
                if (OnboardingProcess.TASK_REVIEW_INTEREST.equals(item.elementId())) {
                    onboarding.reviewInterest(item.id(), user(ADMIN),
                            Onboarding.InterestDecision.NOT_NOW);
                    actions.incrementAndGet();
                }
            }
        } catch (WorkItemUnavailableException e) {
            refused.incrementAndGet();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private CurrentUser user(String username) {
        return poolActions.user(username);
    }

    private void failed(Throwable e) {
        failures.incrementAndGet();
        lastFailure = String.valueOf(e);
        log.debug("fault driver: {}", e.toString());
    }

    private void reportEveryTwoSeconds() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                writeStatus();
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void writeStatus() {
        var status = new Properties();
        status.setProperty("requested", Integer.toString(requested));
        status.setProperty("closed", Integer.toString(closed));
        status.setProperty("open", Integer.toString(waitingSince.size()));
        status.setProperty("actions", Integer.toString(actions.get()));
        status.setProperty("refused", Integer.toString(refused.get()));
        status.setProperty("failures", Integer.toString(failures.get()));
        status.setProperty("lastFailure", lastFailure);
        status.setProperty("longestWaitMillis", Long.toString(longestWaitMillis.get()));
        Instant now = clock.instant();
        long waitingNow = waitingSince.values().stream().mapToLong(s -> Duration.between(s, now).toMillis()).max()
                .orElse(0);
        status.setProperty("longestWaitingNowMillis", Long.toString(waitingNow));
        status.setProperty("startedAt", String.valueOf(startedAt));
        write("status.properties", status);
    }

    /** The comparison the suite asserts on, made twice so a difference must last to count. */
    private void writeFinal() throws InterruptedException {
        Thread.sleep(2000);
        reconciliation.run();
        Thread.sleep(3000);
        ReconciliationReport report = reconciliation.run();
        var result = new Properties();
        result.setProperty("engineReached", Boolean.toString(report.engineReached()));
        result.setProperty("tasksChecked", Integer.toString(report.tasksChecked()));
        result.setProperty("casesChecked", Integer.toString(report.casesChecked()));
        result.setProperty("drifts", Integer.toString(report.drifts().size()));
        result.setProperty("driftList", report.drifts().toString());
        Map<String, Integer> completedJobs = new TreeMap<>();
        int timedOut = 0;
        for (Record<?> record : engine.records().getRecords()) {
            if (record.getValueType() == ValueType.JOB && record.getIntent() == JobIntent.COMPLETED) {
                completedJobs.merge(((JobRecordValue) record.getValue()).getType(), 1, Integer::sum);
            } else if (record.getValueType() == ValueType.JOB && record.getIntent() == JobIntent.TIMED_OUT) {
                timedOut++;
            }
        }
        completedJobs.forEach((type, count) -> result.setProperty("jobs." + type, Integer.toString(count)));
        Map<String, Integer> earlyEnds = new TreeMap<>();
        int concernProcesses = 0;
        int offerProcesses = 0;
        int wakeUpsHeard = 0;
        for (Record<?> record : engine.records().getRecords()) {
            if (record.getValueType() == ValueType.PROCESS_MESSAGE_SUBSCRIPTION
                    && record.getIntent() == ProcessMessageSubscriptionIntent.CORRELATED
                    && record.getValue() instanceof ProcessMessageSubscriptionRecordValue
                            subscription
                    && RelationshipProcess.MESSAGE_ENDED_EARLY.equals(subscription.getMessageName())) {
                earlyEnds.merge(subscription.getCorrelationKey(), 1, Integer::sum);
            } else if (record.getValueType() == ValueType.PROCESS_MESSAGE_SUBSCRIPTION
                    && record.getIntent() == ProcessMessageSubscriptionIntent.CORRELATED
                    && record.getValue() instanceof ProcessMessageSubscriptionRecordValue
                            woken
                    && RelationshipProcess.MESSAGE_CAPACITY_APPEARED.equals(woken.getMessageName())) {
                wakeUpsHeard++;
            } else if (record.getValueType() == ValueType.PROCESS_INSTANCE
                    && record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                    && record.getValue() instanceof ProcessInstanceRecordValue instance
                    && instance.getBpmnElementType() == BpmnElementType.PROCESS
                    && "safeguarding".equals(instance.getBpmnProcessId())) {
                concernProcesses++;
            } else if (record.getValueType() == ValueType.PROCESS_INSTANCE
                    && record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                    && record.getValue() instanceof ProcessInstanceRecordValue instance
                    && instance.getBpmnElementType() == BpmnElementType.PROCESS
                    && OnboardingProcess.PROCESS_ID.equals(instance.getBpmnProcessId())) {
                offerProcesses++;
            }
        }
        result.setProperty("earlyEndsHeard", Integer.toString(earlyEnds.size()));
        result.setProperty("earlyEndsHeardTwice", Long.toString(earlyEnds.values().stream().filter(c -> c > 1).count()));
        result.setProperty("concernProcesses", Integer.toString(concernProcesses));
        result.setProperty("offerProcesses", Integer.toString(offerProcesses));
        result.setProperty("wakeUpsHeard", Integer.toString(wakeUpsHeard));
        result.setProperty("jobs", Integer.toString(completedJobs.values().stream().mapToInt(Integer::intValue).sum()));
        result.setProperty("jobsTimedOut", Integer.toString(timedOut));
        write("final.properties", result);
    }

    private void write(String name, Properties values) {
        try {
            Path target = settings.dir().resolve(name);
            Path temporary = settings.dir().resolve(name + ".tmp");
            try (var out = Files.newBufferedWriter(temporary)) {
                values.store(out, null);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
