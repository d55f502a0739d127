package org.coachingpool.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.MovableClock;
import org.coachingpool.platform.UkDates;
import org.coachingpool.reports.ReportSettings;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Replays a pool year through the app's real services and the real engine, with the app's clock
 * moved day by day: people ask, sponsors endorse or decline, the pool team triages and matches
 * from the real ranking, coaches accept or decline, first conversations go well or not,
 * contracts are agreed, sessions logged, relationships end early or are reviewed, and thinkers
 * rate what changed. Each case draws its choices from its own random stream (seed and case
 * number), so the same parameters replay the same year whatever order the engine answers in.
 *
 * <p>Each simulated day, the simulator does what is due that day, then waits until the engine has
 * given every case its next task (or closed it) before moving the clock on, so each step is
 * dated on the day it was done. The engine's own timers run on real time and do not fire during
 * a replay. Demo data only: never in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "coachingpool.demo", havingValue = "true")
public class Simulator {

    private static final Logger log = LoggerFactory.getLogger(Simulator.class);
    private static final Duration TASK_WAIT = Duration.ofSeconds(60);
    private static final String ADMIN = "pooladmin";

    private final DemoData demo;
    private final PoolActions actions;
    private final Worklist worklist;
    private final Cases cases;
    private final ObjectProvider<Clock> clocks;
    private final ReportSettings reportSettings;
    private final CaseProgress progress;

    Simulator(CaseProgress progress, ReportSettings reportSettings, DemoData demo, PoolActions actions,
            Worklist worklist, Cases cases, ObjectProvider<Clock> clocks) {
        this.progress = progress;
        this.reportSettings = reportSettings;
        this.demo = demo;
        this.actions = actions;
        this.worklist = worklist;
        this.cases = cases;
        this.clocks = clocks;
    }

    private enum Act {
        REQUEST, ENDORSE, TRIAGE, MATCH, OFFER, COACH_CHEMISTRY, THINKER_CHEMISTRY, DECIDE_AFTER_ATTEMPTS, CONTRACT,
        CONFIRM, SESSION, END_EARLY, DECIDE_EARLY_END, NEXT_STEP, REVIEW, OBSERVE, EVALUATE, REFLECT
    }

    /** The task in the engine each act completes, and whose it is. */
    private static final Map<Act, String> TASKS = Map.ofEntries(Map.entry(Act.ENDORSE, RelationshipProcess.TASK_ENDORSE),
            Map.entry(Act.TRIAGE, RelationshipProcess.TASK_TRIAGE),
            Map.entry(Act.MATCH, RelationshipProcess.TASK_CHOOSE_MATCH),
            Map.entry(Act.OFFER, RelationshipProcess.TASK_OFFER),
            Map.entry(Act.COACH_CHEMISTRY, RelationshipProcess.TASK_COACH_CHEMISTRY),
            Map.entry(Act.THINKER_CHEMISTRY, RelationshipProcess.TASK_THINKER_CHEMISTRY),
            Map.entry(Act.DECIDE_AFTER_ATTEMPTS, "decide-after-attempts"),
            Map.entry(Act.CONTRACT, RelationshipProcess.TASK_RECORD_CONTRACT),
            Map.entry(Act.CONFIRM, RelationshipProcess.TASK_THINKER_CONFIRMS),
            Map.entry(Act.SESSION, RelationshipProcess.TASK_LOG_SESSION),
            Map.entry(Act.DECIDE_EARLY_END, RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END),
            Map.entry(Act.NEXT_STEP, RelationshipProcess.TASK_NEXT_STEP),
            Map.entry(Act.REVIEW, RelationshipProcess.TASK_HOLD_REVIEW),
            Map.entry(Act.OBSERVE, RelationshipProcess.TASK_RECORD_OBSERVATIONS),
            Map.entry(Act.EVALUATE, RelationshipProcess.TASK_EVALUATE),
            Map.entry(Act.REFLECT, RelationshipProcess.TASK_REFLECT));

    /** One relationship as the simulator plays it. */
    private static final class Played {
        final int number;
        final Random random;
        final String thinker;
        final String sponsor;
        CaseId id;
        KindWanted kind;
        String coach;
        boolean noGoThisRound;
        int chemistryAnswers;
        int noGos;
        int planned;
        int held;
        int endAfter;
        int reviewParts;
        int closingParts;
        boolean finished;
        boolean abandoned;
        Instant matchedAt;
        final List<Act> waitingFor = new ArrayList<>();

        private long steps;

        /** Ties between steps due at the same moment go by case, then by step: the same every run. */
        long nextOrder() {
            return number * 1_000_000L + steps++;
        }

        Played(int number, long seed, String thinker, String sponsor) {
            this.number = number;
            this.random = new Random(seed * 1_000_003L + number);
            this.thinker = thinker;
            this.sponsor = sponsor;
        }
    }

    private record Due(Instant at, long order, Played played, Act act) {
    }

    private static final Comparator<Due> ORDER = Comparator.comparing(Due::at)
            .thenComparingLong(Due::order);
    /** Cases acted on at once within a day. */
    private static final int THREADS = 6;

    /** What one case's steps of a day added to the plan, and what they counted. */
    private record Day(PriorityQueue<Due> added, Counter counted) {
    }

    private static Day join(Future<Day> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a simulated day failed", e.getCause());
        }
    }

    /** Runs a pool year (and on until the cases it started have closed, or six months more). */
    public SimulatedYear.Tally run(SimulatedYear.Parameters parameters) {
        MovableClock clock = movableClock();
        var started = Instant.now();
        var zone = UkDates.UK_TIME;
        LocalDate yearStart = LocalDate.of(parameters.startYear(), reportSettings.yearStarts(), 1);
        LocalDate yearEnd = yearStart.plusYears(1);
        Instant from = yearStart.atStartOfDay(zone).toInstant();
        Instant to = yearEnd.atStartOfDay(zone).toInstant();
        String prefix = prefix(parameters);
        clock.set(from.minus(Duration.ofDays(1)));
        var tally = new Counter();
        var pool = Executors.newFixedThreadPool(THREADS);
        try {
            var people = demo.addSimulatedPeople(prefix, parameters.organisations(), parameters.requests(),
                    parameters.coaches());
            var queue = new PriorityQueue<Due>(ORDER);
            var plan = new Random(parameters.seed());
            var all = new ArrayList<Played>();
            for (int i = 0; i < parameters.requests(); i++) {
                String thinker = people.thinkers().get(i);
                String sponsor = people.sponsors().get(i / 4);
                var played = new Played(i, parameters.seed(), thinker, sponsor);
                all.add(played);
                // Requests come all year round, a few more in spring and autumn.
                int day = (int) Math.min(364, Math.abs(plan.nextGaussian() * 0.01 + plan.nextDouble()) * 365);
                queue.add(new Due(workingTime(yearStart.plusDays(day), played.random), played.nextOrder(), played,
                        Act.REQUEST));
            }
            Instant stopAt = to.plus(Duration.ofDays(183));
            LocalDate day = yearStart;
            while (!queue.isEmpty() && queue.peek().at().isBefore(stopAt)) {
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                var today = new ArrayList<Due>();
                while (!queue.isEmpty() && queue.peek().at().isBefore(dayEnd)) {
                    today.add(queue.poll());
                }
                // Cases act side by side, each case's steps in order, all dated this day: the engine takes
                // several completions at once far faster than one after another.
                clock.set(day.atTime(LocalTime.NOON).atZone(zone).toInstant());
                var byCase = new LinkedHashMap<Played, List<Due>>();
                today.forEach(due -> byCase.computeIfAbsent(due.played(), k -> new ArrayList<>()).add(due));
                var work = new ArrayList<Future<Day>>();
                for (List<Due> steps : byCase.values()) {
                    work.add(pool.submit(() -> {
                        var done = new Day(new PriorityQueue<>(ORDER), new Counter());
                        for (Due due : steps) {
                            if (due.played().abandoned) {
                                break;
                            }
                            try {
                                act(due, parameters, done.added(), done.counted(), from, to);
                            } catch (RuntimeException refused) {
                                // What a person would be told on the screen: this case is left where it is.
                                done.counted().stuck++;
                                due.played().abandoned = true;
                                log.warn("Simulator: {} on case {} was refused: {}", due.act(), due.played().id,
                                        refused.getMessage());
                            }
                        }
                        return done;
                    }));
                }
                for (var future : work) {
                    Day done = join(future);
                    queue.addAll(done.added());
                    tally.add(done.counted());
                }
                clock.set(dayEnd.minusSeconds(60));
                settle(today, tally);
                day = day.plusDays(1);
                if (day.getDayOfMonth() == 1) {
                    log.info("Simulated pool year {}: reached {}; {} actions so far", parameters.startYear(),
                            UkDates.date(day), tally.actions);
                }
            }
            for (Played played : all) {
                if (played.matchedAt != null && played.matchedAt.isBefore(to)) {
                    tally.supported++;
                }
            }
        } finally {
            pool.shutdownNow();
            progress.forgetAll();
            clock.release();
        }
        return tally.result(started);
    }

    /** The start of every simulated person's username: one set of people per year and seed. */
    static String prefix(SimulatedYear.Parameters parameters) {
        return "sim" + parameters.startYear() + "-" + Long.toString(parameters.seed(), 36);
    }

    /** Counts as the simulator goes; each thread counts for itself and the day's counts are added up. */
    private static final class Counter {
        int requests;
        int declined;
        int signposted;
        int supported;
        int started;
        int sessions;
        long minutes;
        int evaluations;
        int improved;
        int completed;
        int endedEarly;
        int conversations;
        int agreed;
        int actions;
        int stuck;
        final int[] monthRequests = new int[12];
        final int[] monthSessions = new int[12];
        final long[] monthMinutes = new long[12];
        final List<Set<Integer>> monthPeople = Stream
                .generate(() -> (Set<Integer>) new HashSet<Integer>()).limit(12).toList();

        void add(Counter other) {
            requests += other.requests;
            declined += other.declined;
            signposted += other.signposted;
            supported += other.supported;
            started += other.started;
            sessions += other.sessions;
            minutes += other.minutes;
            evaluations += other.evaluations;
            improved += other.improved;
            completed += other.completed;
            endedEarly += other.endedEarly;
            conversations += other.conversations;
            agreed += other.agreed;
            actions += other.actions;
            stuck += other.stuck;
            for (int m = 0; m < 12; m++) {
                monthRequests[m] += other.monthRequests[m];
                monthSessions[m] += other.monthSessions[m];
                monthMinutes[m] += other.monthMinutes[m];
                monthPeople.get(m).addAll(other.monthPeople.get(m));
            }
        }

        SimulatedYear.Tally result(Instant startedAt) {
            var months = new ArrayList<SimulatedYear.Tally.Month>();
            for (int m = 0; m < 12; m++) {
                months.add(new SimulatedYear.Tally.Month(monthRequests[m], monthSessions[m], monthMinutes[m],
                        monthPeople.get(m).size()));
            }
            return new SimulatedYear.Tally(requests, declined, signposted, supported, started, sessions, minutes,
                    evaluations, improved, completed, endedEarly, conversations, agreed, actions, stuck, startedAt,
                    Instant.now(), List.copyOf(months));
        }
    }

    /** One step being taken: the case, when, the year's parameters, the plan it adds to and the count. */
    private record Step(Due due, SimulatedYear.Parameters parameters, PriorityQueue<Due> plan, Counter tally,
            Instant yearFrom, Instant yearTo) {

        Played played() {
            return due.played();
        }

        Random random() {
            return due.played().random;
        }

        Instant now() {
            return due.at();
        }

        boolean inYear() {
            return !now().isBefore(yearFrom) && now().isBefore(yearTo);
        }

        int month() {
            return Simulator.month(now(), yearFrom);
        }

        /** The case's next step, some working days from now. */
        void next(Act act, int minDays, int maxDays) {
            plan.add(new Due(later(now(), random(), minDays, maxDays), played().nextOrder(), played(), act));
            played().waitingFor.add(act);
        }

        /** Two steps due together (both chemistry answers, the review's two parts), the second a little later. */
        void nextTogether(Act first, Act second, Instant at, Duration apart) {
            plan.add(new Due(at, played().nextOrder(), played(), first));
            plan.add(new Due(at.plus(apart), played().nextOrder(), played(), second));
            played().waitingFor.add(first);
            played().waitingFor.add(second);
        }

        /** The case cannot go on as the simulator plays it: it is left where it is and counted. */
        void abandon(String why, Object... arguments) {
            tally.stuck++;
            played().abandoned = true;
            log.warn("Simulator: " + why, arguments);
        }
    }

    private void act(Due due, SimulatedYear.Parameters parameters, PriorityQueue<Due> plan, Counter tally,
            Instant yearFrom, Instant yearTo) {
        var step = new Step(due, parameters, plan, tally, yearFrom, yearTo);
        Played played = due.played();
        boolean needsTask = due.act() != Act.REQUEST && due.act() != Act.END_EARLY;
        Optional<WorkItemId> task = needsTask ? awaitTask(played, TASKS.get(due.act())).map(WorkItem::id)
                : Optional.empty();
        if (needsTask && task.isEmpty()) {
            step.abandon("case {} has no {} task after {}; left where it is", played.id, TASKS.get(due.act()),
                    TASK_WAIT);
            return;
        }
        tally.actions++;
        switch (due.act()) {
            case REQUEST -> request(step);
            case ENDORSE -> endorse(step, task.get());
            case TRIAGE -> triage(step, task.get());
            case MATCH -> match(step, task.get());
            case OFFER -> answerOffer(step, task.get());
            case COACH_CHEMISTRY, THINKER_CHEMISTRY -> chemistry(step, task.get(), due.act() == Act.COACH_CHEMISTRY);
            case DECIDE_AFTER_ATTEMPTS -> {
                actions.rematchAfterAttempts(task.get(), admin());
                step.next(Act.MATCH, 1, 5);
            }
            case CONTRACT -> {
                actions.recordContract(task.get(), actions.user(played.coach), "Simulated: lead the team through change",
                        "Every three or four weeks", played.planned,
                        LocalDate.ofInstant(step.now(), UkDates.UK_TIME).plusMonths(6));
                step.next(Act.CONFIRM, 1, 5);
            }
            case CONFIRM -> confirm(step, task.get());
            case SESSION -> session(step, task.get());
            case END_EARLY -> {
                actions.endEarly(played.id, actions.user(played.thinker), "Simulated: my job changed.");
                step.next(Act.DECIDE_EARLY_END, 1, 5);
            }
            case DECIDE_EARLY_END -> {
                actions.closeAfterEarlyEnd(task.get(), admin(), "Simulated: closed at the thinker's request.");
                closing(step);
            }
            case NEXT_STEP -> {
                actions.moveOnToReview(task.get(), actions.user(played.coach));
                step.nextTogether(Act.REVIEW, Act.OBSERVE, later(step.now(), step.random(), 7, 21), Duration.ofHours(1));
            }
            case REVIEW, OBSERVE -> review(step, task.get(), due.act() == Act.REVIEW);
            case EVALUATE -> evaluate(step, task.get());
            case REFLECT -> {
                actions.reflect(task.get(), actions.user(played.coach), "Simulated reflection.");
                closed(step);
            }
        }
    }

    private CurrentUser admin() {
        return actions.user(ADMIN);
    }

    private void request(Step step) {
        Played played = step.played();
        var parameters = step.parameters();
        double kind = step.random().nextDouble();
        played.kind = kind < parameters.notSure() ? KindWanted.NOT_SURE
                : kind < parameters.notSure() + parameters.mentoring() ? KindWanted.MENTORING : KindWanted.COACHING;
        var all = DevelopmentArea.values();
        var areas = EnumSet.of(all[step.random().nextInt(all.length)], all[step.random().nextInt(all.length)]);
        played.id = actions.request(actions.user(played.thinker), actions.user(played.sponsor), played.kind, areas,
                "Simulated request: grow in my role.", UUID.randomUUID());
        if (step.inYear()) {
            step.tally().requests++;
            step.tally().monthRequests[step.month()]++;
        }
        step.next(Act.ENDORSE, 1, 7);
    }

    private void endorse(Step step, WorkItemId task) {
        Played played = step.played();
        if (step.random().nextDouble() < step.parameters().sponsorDeclines()) {
            actions.declineToEndorse(task, actions.user(played.sponsor), "Simulated: not the right time for this.");
            if (step.inYear()) {
                step.tally().declined++;
            }
            finish(played);
        } else {
            actions.endorse(task, actions.user(played.sponsor));
            step.next(Act.TRIAGE, 1, 4);
        }
    }

    private void triage(Step step, WorkItemId task) {
        Played played = step.played();
        Random random = step.random();
        TriageDecision decision;
        if (random.nextDouble() < step.parameters().signposted()) {
            decision = TriageDecision.SIGNPOST;
        } else if (played.kind == KindWanted.MENTORING) {
            decision = TriageDecision.MENTORING;
        } else if (played.kind == KindWanted.COACHING) {
            decision = TriageDecision.COACHING;
        } else {
            decision = random.nextDouble() < 0.6 ? TriageDecision.COACHING : TriageDecision.MENTORING;
        }
        actions.triage(task, admin(), decision, "Simulated: decided with the thinker.",
                "Simulated: the employee assistance programme.");
        if (decision == TriageDecision.SIGNPOST) {
            if (step.inYear()) {
                step.tally().signposted++;
            }
            finish(played);
        } else {
            step.next(Act.MATCH, 3, 21);
        }
    }

    /** As the pool team would: one of the first few ranked, or the next if that one has filled up since. */
    private void match(Step step, WorkItemId task) {
        Played played = step.played();
        played.coach = actions.offerToOneRanked(task, admin(), step.random().nextInt(3)).orElse(null);
        if (played.coach == null) {
            step.abandon("nobody ranked can take case {}", played.id);
            return;
        }
        step.next(Act.OFFER, 1, 4);
    }

    private void answerOffer(Step step, WorkItemId task) {
        Played played = step.played();
        if (step.random().nextDouble() < step.parameters().offerDeclined()) {
            actions.declineOffer(task, actions.user(played.coach), "Simulated: no room this month.");
            step.next(Act.MATCH, 1, 5);
            return;
        }
        actions.acceptOffer(task, actions.user(played.coach));
        if (played.matchedAt == null) {
            played.matchedAt = step.now();
        }
        played.noGoThisRound = step.random().nextDouble() < step.parameters().chemistryNoGo();
        played.chemistryAnswers = 0;
        step.nextTogether(Act.COACH_CHEMISTRY, Act.THINKER_CHEMISTRY, later(step.now(), step.random(), 5, 14),
                Duration.ofMinutes(30));
    }

    private void chemistry(Step step, WorkItemId task, boolean coachSays) {
        Played played = step.played();
        // In a round that does not work, the coach says no in even cases and the thinker in odd ones.
        boolean noGo = played.noGoThisRound && coachSays == (played.number % 2 == 0);
        actions.chemistry(task, actions.user(coachSays ? played.coach : played.thinker), !noGo,
                "Simulated: not the right fit.");
        if (++played.chemistryAnswers < 2) {
            return;
        }
        if (step.inYear()) {
            step.tally().conversations++;
        }
        if (played.noGoThisRound) {
            played.noGos++;
            step.next(played.noGos >= 3 ? Act.DECIDE_AFTER_ATTEMPTS : Act.MATCH, 2, 10);
            return;
        }
        if (step.inYear()) {
            step.tally().agreed++;
        }
        var parameters = step.parameters();
        played.planned = parameters.minSessions()
                + step.random().nextInt(parameters.maxSessions() - parameters.minSessions() + 1);
        played.endAfter = step.random().nextDouble() < parameters.endsEarly()
                ? 1 + step.random().nextInt(Math.max(1, played.planned - 1)) : 0;
        step.next(Act.CONTRACT, 3, 10);
    }

    private void confirm(Step step, WorkItemId task) {
        actions.thinkerAgreesContract(task, actions.user(step.played().thinker));
        if (step.inYear()) {
            step.tally().started++;
        }
        step.next(Act.SESSION, 7, 21);
    }

    private void session(Step step, WorkItemId task) {
        Played played = step.played();
        Random random = step.random();
        var parameters = step.parameters();
        int minutes = parameters.minMinutes()
                + 15 * random.nextInt((parameters.maxMinutes() - parameters.minMinutes()) / 15 + 1);
        actions.logSession(task, actions.user(played.coach), LocalDate.ofInstant(step.now(), UkDates.UK_TIME), minutes,
                random.nextBoolean() ? SessionEntry.Modality.VIRTUAL : SessionEntry.Modality.IN_PERSON);
        played.held++;
        if (step.inYear()) {
            Counter tally = step.tally();
            int month = step.month();
            tally.sessions++;
            tally.minutes += minutes;
            tally.monthSessions[month]++;
            tally.monthMinutes[month] += minutes;
            tally.monthPeople.get(month).add(played.number);
        }
        if (played.endAfter > 0 && played.held == played.endAfter) {
            step.plan().add(new Due(later(step.now(), random, 5, 20), played.nextOrder(), played, Act.END_EARLY));
        } else if (played.held < played.planned) {
            step.next(Act.SESSION, 14, 35);
        } else {
            step.next(Act.NEXT_STEP, 0, 3);
        }
    }

    private void review(Step step, WorkItemId task, boolean coachHolds) {
        Played played = step.played();
        if (coachHolds) {
            actions.holdReview(task, actions.user(played.coach), "Simulated: outcomes met.");
        } else {
            actions.recordObservations(task, actions.user(played.sponsor), "Simulated: more confident with the team.");
        }
        if (++played.reviewParts == 2) {
            closing(step);
        }
    }

    private void evaluate(Step step, WorkItemId task) {
        double[] weights = step.parameters().ratingWeights();
        int confidence = rating(step.random(), weights);
        int performance = rating(step.random(), weights);
        int leadership = rating(step.random(), weights);
        actions.evaluate(task, actions.user(step.played().thinker), confidence, performance, leadership);
        if (step.inYear()) {
            step.tally().evaluations++;
            if (confidence >= 3 && performance >= 3 && leadership >= 3) {
                step.tally().improved++;
            }
        }
        closed(step);
    }

    /** Which month of the pool year (0 to 11) the moment falls in. */
    private static int month(Instant at, Instant yearStart) {
        var start = YearMonth.from(LocalDate.ofInstant(yearStart, UkDates.UK_TIME));
        var month = YearMonth.from(LocalDate.ofInstant(at, UkDates.UK_TIME));
        return (int) start.until(month, ChronoUnit.MONTHS);
    }

    /** The thinker's evaluation and the coach's reflection, due together once the relationship ends. */
    private void closing(Step step) {
        step.nextTogether(Act.EVALUATE, Act.REFLECT, later(step.now(), step.random(), 1, 10), Duration.ofHours(2));
    }

    private void closed(Step step) {
        Played played = step.played();
        if (++played.closingParts == 2) {
            if (step.inYear() && played.reviewParts == 2) {
                step.tally().completed++;
            } else if (step.inYear()) {
                step.tally().endedEarly++;
            }
            finish(played);
        }
    }

    private static void finish(Played played) {
        played.finished = true;
    }

    /**
     * Waits until the engine has given each case acted on today its next task, or closed it, so
     * every step the engine takes is dated today.
     */
    private void settle(List<Due> today, Counter tally) {
        var seen = new HashSet<Played>();
        long deadline = System.nanoTime() + TASK_WAIT.toNanos();
        for (Due due : today) {
            Played c = due.played();
            if (!seen.add(c) || c.id == null || c.abandoned) {
                continue;
            }
            var signal = progress.watch(c.id.value());
            while (System.nanoTime() < deadline) {
                long changes = signal.changes();
                if (c.finished ? cases.find(c.id).map(found -> found.stage().isFinal()).orElse(true)
                        : ready(c)) {
                    break;
                }
                pause(signal, changes);
            }
            if (c.finished) {
                progress.forget(c.id.value());
            }
        }
    }

    /** Every task the case waits for next is in the worklist. */
    private boolean ready(Played c) {
        var open = openTasks(c);
        c.waitingFor.removeIf(act -> act == Act.END_EARLY || open.contains(TASKS.get(act)));
        return c.waitingFor.isEmpty();
    }

    private Set<String> openTasks(Played c) {
        var open = new HashSet<String>();
        worklist.ofCase(c.id).stream().filter(i -> i.state() == WorkItemState.OPEN)
                .forEach(i -> open.add(i.elementId()));
        return open;
    }

    private Optional<WorkItem> awaitTask(Played c, String elementId) {
        var signal = progress.watch(c.id.value());
        long deadline = System.nanoTime() + TASK_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long changes = signal.changes();
            var found = worklist.ofCase(c.id).stream()
                    .filter(i -> i.state() == WorkItemState.OPEN && i.elementId().equals(elementId)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            pause(signal, changes);
        }
        return Optional.empty();
    }

    private static int rating(Random random, double[] weights) {
        double draw = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (draw < sum) {
                return i + 1;
            }
        }
        return weights.length;
    }

    /** A time in working hours some whole days later. */
    private static Instant later(Instant now, Random random, int minDays, int maxDays) {
        LocalDate day = LocalDate.ofInstant(now, UkDates.UK_TIME).plusDays(minDays
                + random.nextInt(Math.max(1, maxDays - minDays + 1)));
        Instant at = workingTime(day, random);
        return at.isAfter(now) ? at : now.plusSeconds(60);
    }

    private static Instant workingTime(LocalDate day, Random random) {
        return ZonedDateTime.of(day, LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60)), UkDates.UK_TIME)
                .toInstant();
    }

    /**
     * Waits for the case to change after the look that saw {@code changes}; looks again after a
     * while regardless, in case the change came by a path that tells nobody.
     */
    private static void pause(CaseProgress.Signal signal, long changes) {
        try {
            signal.awaitAfter(changes, 250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine", e);
        }
    }

    private MovableClock movableClock() {
        if (clocks.getObject() instanceof MovableClock movable) {
            return movable;
        }
        throw new IllegalStateException("the simulator needs the embedded default's clock, not production's");
    }
}
