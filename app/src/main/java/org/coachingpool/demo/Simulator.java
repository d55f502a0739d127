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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MovableClock;
import org.coachingpool.platform.UkDates;
import org.coachingpool.reports.ReportSettings;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.UserDirectory;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.WorkItem;
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
    private final Requests requests;
    private final Endorsements endorsements;
    private final Triage triage;
    private final Matching matching;
    private final TaskForms forms;
    private final Sessions sessions;
    private final Worklist worklist;
    private final Cases cases;
    private final UserDirectory directory;
    private final ObjectProvider<Clock> clocks;
    private final ReportSettings reportSettings;
    private final CaseProgress progress;

    Simulator(CaseProgress progress, ReportSettings reportSettings, DemoData demo, Requests requests, Endorsements endorsements, Triage triage, Matching matching,
            TaskForms forms, Sessions sessions, Worklist worklist, Cases cases, UserDirectory directory,
            ObjectProvider<Clock> clocks) {
        this.progress = progress;
        this.reportSettings = reportSettings;
        this.demo = demo;
        this.requests = requests;
        this.endorsements = endorsements;
        this.triage = triage;
        this.matching = matching;
        this.forms = forms;
        this.sessions = sessions;
        this.worklist = worklist;
        this.cases = cases;
        this.directory = directory;
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
                                act(due, parameters, people, done.added(), done.counted(), from, to);
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

    private void act(Due due, SimulatedYear.Parameters p, DemoData.SimulatedPeople people, PriorityQueue<Due> queue,
            Counter tally, Instant from, Instant to) {
        Played c = due.played();
        Random r = c.random;
        Instant now = due.at();
        boolean inYear = !now.isBefore(from) && now.isBefore(to);
        Optional<WorkItem> task = due.act() == Act.REQUEST || due.act() == Act.END_EARLY ? Optional.empty()
                : awaitTask(c, TASKS.get(due.act()));
        if (due.act() != Act.REQUEST && due.act() != Act.END_EARLY && task.isEmpty()) {
            tally.stuck++;
            c.abandoned = true;
            log.warn("Simulator: case {} has no {} task after {}; left where it is", c.id, TASKS.get(due.act()),
                    TASK_WAIT);
            return;
        }
        tally.actions++;
        var admin = user(ADMIN);
        switch (due.act()) {
            case REQUEST -> {
                double kind = r.nextDouble();
                c.kind = kind < p.notSure() ? KindWanted.NOT_SURE
                        : kind < p.notSure() + p.mentoring() ? KindWanted.MENTORING : KindWanted.COACHING;
                var areas = EnumSet.of(DevelopmentArea.values()[r.nextInt(DevelopmentArea.values().length)],
                        DevelopmentArea.values()[r.nextInt(DevelopmentArea.values().length)]);
                c.id = requests.submit(user(c.thinker), new NewRequest(c.kind, areas,
                        "Simulated request: grow in my role.", user(c.sponsor).id()), UUID.randomUUID());
                if (inYear) {
                    tally.requests++;
                    tally.monthRequests[month(now, from)]++;
                }
                next(queue, tally, c, Act.ENDORSE, now, 1, 7);
            }
            case ENDORSE -> {
                if (r.nextDouble() < p.sponsorDeclines()) {
                    endorsements.decide(task.get().id(), user(c.sponsor),
                            new EndorsementDecision(false, false, null, "Simulated: not the right time for this."));
                    if (inYear) {
                        tally.declined++;
                    }
                    finish(c);
                } else {
                    endorsements.decide(task.get().id(), user(c.sponsor), new EndorsementDecision(true, true, null, null));
                    next(queue, tally, c, Act.TRIAGE, now, 1, 4);
                }
            }
            case TRIAGE -> {
                String proposal = triage.proposal(task.get().id(), admin);
                TriageDecision decision;
                if (r.nextDouble() < p.signposted()) {
                    decision = TriageDecision.SIGNPOST;
                } else if (c.kind == KindWanted.MENTORING) {
                    decision = TriageDecision.MENTORING;
                } else if (c.kind == KindWanted.COACHING) {
                    decision = TriageDecision.COACHING;
                } else {
                    decision = r.nextDouble() < 0.6 ? TriageDecision.COACHING : TriageDecision.MENTORING;
                }
                triage.decide(task.get().id(), admin, decision,
                        decision.name().equals(proposal) ? null : "Simulated: decided with the thinker.",
                        decision == TriageDecision.SIGNPOST ? "Simulated: the employee assistance programme." : null);
                if (decision == TriageDecision.SIGNPOST) {
                    if (inYear) {
                        tally.signposted++;
                    }
                    finish(c);
                } else {
                    next(queue, tally, c, Act.MATCH, now, 3, 21);
                }
            }
            case MATCH -> {
                List<Candidate> ranked = matching.candidatesFor(task.get().id(), admin);
                if (ranked.isEmpty()) {
                    tally.stuck++;
                    c.abandoned = true;
                    log.warn("Simulator: nobody to offer case {} to", c.id);
                    return;
                }
                // As the pool team would: one of the first few, and the next if that one has filled up since.
                int first = Math.min(ranked.size() - 1, r.nextInt(3));
                c.coach = null;
                for (int i = 0; i < ranked.size() && c.coach == null; i++) {
                    String candidate = ranked.get((first + i) % ranked.size()).username();
                    try {
                        matching.choose(task.get().id(), admin, Matching.Mode.OFFER_ONE, List.of(candidate));
                        c.coach = candidate;
                    } catch (InvalidInputException filledUp) {
                        log.debug("Simulator: {} cannot take case {} now: {}", candidate, c.id, filledUp.getMessage());
                    }
                }
                if (c.coach == null) {
                    tally.stuck++;
                    c.abandoned = true;
                    log.warn("Simulator: everyone ranked for case {} has filled up", c.id);
                    return;
                }
                next(queue, tally, c, Act.OFFER, now, 1, 4);
            }
            case OFFER -> {
                if (r.nextDouble() < p.offerDeclined()) {
                    forms.submit(task.get().id(), user(c.coach), Map.of("offerResponse", "DECLINED", "declineReason",
                            "Simulated: no room this month."));
                    next(queue, tally, c, Act.MATCH, now, 1, 5);
                } else {
                    forms.submit(task.get().id(), user(c.coach), Map.of("offerResponse", "ACCEPTED"));
                    if (c.matchedAt == null) {
                        c.matchedAt = now;
                    }
                    c.noGoThisRound = r.nextDouble() < p.chemistryNoGo();
                    c.chemistryAnswers = 0;
                    Instant conversation = later(now, c.random, 5, 14);
                    queue.add(new Due(conversation, c.nextOrder(), c, Act.COACH_CHEMISTRY));
                    queue.add(new Due(conversation.plus(Duration.ofMinutes(30)), c.nextOrder(), c,
                            Act.THINKER_CHEMISTRY));
                    c.waitingFor.add(Act.COACH_CHEMISTRY);
                    c.waitingFor.add(Act.THINKER_CHEMISTRY);
                }
            }
            case COACH_CHEMISTRY, THINKER_CHEMISTRY -> {
                boolean coachSays = due.act() == Act.COACH_CHEMISTRY;
                boolean noGo = c.noGoThisRound && coachSays == (c.number % 2 == 0);
                forms.submit(task.get().id(), user(coachSays ? c.coach : c.thinker), noGo
                        ? Map.of("chemistry", "NO_GO", "reason", "Simulated: not the right fit.")
                        : Map.of("chemistry", "GO"));
                if (++c.chemistryAnswers == 2) {
                    if (inYear) {
                        tally.conversations++;
                    }
                    if (c.noGoThisRound) {
                        c.noGos++;
                        next(queue, tally, c, c.noGos >= 3 ? Act.DECIDE_AFTER_ATTEMPTS : Act.MATCH, now, 2, 10);
                    } else {
                        if (inYear) {
                            tally.agreed++;
                        }
                        c.planned = p.minSessions() + r.nextInt(p.maxSessions() - p.minSessions() + 1);
                        c.endAfter = r.nextDouble() < p.endsEarly() ? 1 + r.nextInt(Math.max(1, c.planned - 1)) : 0;
                        next(queue, tally, c, Act.CONTRACT, now, 3, 10);
                    }
                }
            }
            case DECIDE_AFTER_ATTEMPTS -> {
                forms.submit(task.get().id(), admin, Map.of("adminDecision", "REMATCH"));
                next(queue, tally, c, Act.MATCH, now, 1, 5);
            }
            case CONTRACT -> {
                forms.submit(task.get().id(), user(c.coach), Map.of("outcomes", "Simulated: lead the team through change",
                        "reviewMethod", "Outcomes only", "cadence", "Every three or four weeks", "plannedSessions",
                        Integer.toString(c.planned), "sponsorInvolvement", "LIGHT_TOUCH", "reviewDate",
                        LocalDate.ofInstant(now, UkDates.UK_TIME).plusMonths(6).toString()));
                next(queue, tally, c, Act.CONFIRM, now, 1, 5);
            }
            case CONFIRM -> {
                forms.submit(task.get().id(), user(c.thinker), Map.of(RelationshipProcess.VAR_THINKER_CONTRACT,
                        RelationshipProcess.CONTRACT_AGREE));
                if (inYear) {
                    tally.started++;
                }
                next(queue, tally, c, Act.SESSION, now, 7, 21);
            }
            case SESSION -> {
                int steps = (p.maxMinutes() - p.minMinutes()) / 15;
                int minutes = p.minMinutes() + 15 * r.nextInt(steps + 1);
                sessions.log(task.get().id(), user(c.coach), new SessionEntry(LocalDate.ofInstant(now, UkDates.UK_TIME),
                        minutes, r.nextBoolean() ? SessionEntry.Modality.VIRTUAL : SessionEntry.Modality.IN_PERSON,
                        null, null));
                c.held++;
                if (inYear) {
                    tally.sessions++;
                    tally.minutes += minutes;
                    int month = month(now, from);
                    tally.monthSessions[month]++;
                    tally.monthMinutes[month] += minutes;
                    tally.monthPeople.get(month).add(c.number);
                }
                if (c.endAfter > 0 && c.held == c.endAfter) {
                    queue.add(new Due(later(now, r, 5, 20), c.nextOrder(), c, Act.END_EARLY));
                } else if (c.held < c.planned) {
                    next(queue, tally, c, Act.SESSION, now, 14, 35);
                } else {
                    next(queue, tally, c, Act.NEXT_STEP, now, 0, 3);
                }
            }
            case END_EARLY -> {
                sessions.endEarly(c.id, user(c.thinker), "Simulated: my job changed.");
                next(queue, tally, c, Act.DECIDE_EARLY_END, now, 1, 5);
            }
            case DECIDE_EARLY_END -> {
                forms.submit(task.get().id(), admin, Map.of("earlyEndDecision", "CLOSE", "reason",
                        "Simulated: closed at the thinker's request."));
                closing(queue, tally, c, now);
            }
            case NEXT_STEP -> {
                forms.submit(task.get().id(), user(c.coach), Map.of("nextStep", "REVIEW"));
                Instant review = later(now, r, 7, 21);
                queue.add(new Due(review, c.nextOrder(), c, Act.REVIEW));
                queue.add(new Due(review.plus(Duration.ofHours(1)), c.nextOrder(), c, Act.OBSERVE));
                c.waitingFor.add(Act.REVIEW);
                c.waitingFor.add(Act.OBSERVE);
            }
            case REVIEW, OBSERVE -> {
                forms.submit(task.get().id(), user(due.act() == Act.REVIEW ? c.coach : c.sponsor),
                        due.act() == Act.REVIEW ? Map.of("summary", "Simulated: outcomes met.")
                                : Map.of("observations", "Simulated: more confident with the team."));
                if (++c.reviewParts == 2) {
                    closing(queue, tally, c, now);
                }
            }
            case EVALUATE -> {
                int confidence = rating(r, p.ratingWeights());
                int performance = rating(r, p.ratingWeights());
                int leadership = rating(r, p.ratingWeights());
                forms.submit(task.get().id(), user(c.thinker), Map.of("confidence", Integer.toString(confidence),
                        "performance", Integer.toString(performance), "leadership", Integer.toString(leadership)));
                if (inYear) {
                    tally.evaluations++;
                    if (confidence >= 3 && performance >= 3 && leadership >= 3) {
                        tally.improved++;
                    }
                }
                closed(c, tally, inYear);
            }
            case REFLECT -> {
                forms.submit(task.get().id(), user(c.coach), Map.of("reflection", "Simulated reflection."));
                closed(c, tally, inYear);
            }
        }
    }

    /** Which month of the pool year (0 to 11) the moment falls in. */
    private static int month(Instant at, Instant yearStart) {
        var start = YearMonth.from(LocalDate.ofInstant(yearStart, UkDates.UK_TIME));
        var month = YearMonth.from(LocalDate.ofInstant(at, UkDates.UK_TIME));
        return (int) start.until(month, ChronoUnit.MONTHS);
    }

    private void closing(PriorityQueue<Due> queue, Counter tally, Played c, Instant now) {
        Instant at = later(now, c.random, 1, 10);
        queue.add(new Due(at, c.nextOrder(), c, Act.EVALUATE));
        queue.add(new Due(at.plus(Duration.ofHours(2)), c.nextOrder(), c, Act.REFLECT));
        c.waitingFor.add(Act.EVALUATE);
        c.waitingFor.add(Act.REFLECT);
    }

    private void closed(Played c, Counter tally, boolean inYear) {
        if (++c.closingParts == 2) {
            if (inYear && c.reviewParts == 2) {
                tally.completed++;
            } else if (inYear) {
                tally.endedEarly++;
            }
            finish(c);
        }
    }

    private static void finish(Played c) {
        c.finished = true;
    }

    private void next(PriorityQueue<Due> queue, Counter tally, Played c, Act act, Instant now, int minDays,
            int maxDays) {
        queue.add(new Due(later(now, c.random, minDays, maxDays), c.nextOrder(), c, act));
        c.waitingFor.add(act);
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
        worklist.ofCase(c.id.value()).stream().filter(i -> i.state() == WorkItemState.OPEN)
                .forEach(i -> open.add(i.elementId()));
        return open;
    }

    private Optional<WorkItem> awaitTask(Played c, String elementId) {
        var signal = progress.watch(c.id.value());
        long deadline = System.nanoTime() + TASK_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long changes = signal.changes();
            var found = worklist.ofCase(c.id.value()).stream()
                    .filter(i -> i.state() == WorkItemState.OPEN && i.elementId().equals(elementId)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            pause(signal, changes);
        }
        return Optional.empty();
    }

    private final Map<String, CurrentUser> users = new ConcurrentHashMap<>();

    private CurrentUser user(String username) {
        return users.computeIfAbsent(username, name -> directory.userFor(name)
                .orElseThrow(() -> new IllegalStateException("the simulated person " + name + " does not exist")));
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
