package org.coachingpool.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.ids.TypedId;
import org.coachingpool.matching.WaitingCase;
import org.coachingpool.matching.WaitingList;
import org.coachingpool.people.OrganisationId;
import org.coachingpool.people.People;
import org.coachingpool.platform.NaturalOrder;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.Pool;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.reports.ReportTable.Cell;
import org.coachingpool.reports.ReportTable.Chart;
import org.coachingpool.reports.ReportTable.Row;
import org.coachingpool.reports.repository.FactRepository;
import org.coachingpool.reports.repository.FactRepository.Scope;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact reports of a pool year from the figures kept as cases move: for pool admins the whole
 * report, for a coach or mentor their own figures. Counts and shares only; groups smaller than the
 * pool's threshold are suppressed.
 */
@Service
public class ImpactReports {

    /** The refusal for anyone but the pool team. */
    private static final String POOL_TEAM_ONLY = "Only the pool team sees the pool's reports.";

    /** Forms whose ratings are reported. */
    public static final String EVALUATION = "evaluation-thinker";
    public static final String FOLLOW_UP_THINKER = "follow-up-thinker";
    public static final String FOLLOW_UP_SPONSOR = "follow-up-sponsor";
    /** A rating of this or more (out of 5, where 1 is no change) counts as improved. */
    public static final int IMPROVED_FROM = 3;

    private final FactRepository facts;
    private final ReportSettings settings;
    private final People people;
    private final Pool pool;
    private final WaitingList waitingList;
    private final Clock clock;

    ImpactReports(FactRepository facts, ReportSettings settings, People people, Pool pool, WaitingList waitingList,
            Clock clock) {
        this.facts = facts;
        this.settings = settings;
        this.people = people;
        this.pool = pool;
        this.waitingList = waitingList;
        this.clock = clock;
    }

    /** What a report covers: a thinkers' organisation and a kind of support, each optional. */
    public record Filter(OrganisationId organisation, String supportKind) {
        public static final Filter ALL = new Filter(null, null);

        public Filter {
            if (supportKind != null && !supportKind.equals("COACHING") && !supportKind.equals("MENTORING")) {
                throw new IllegalArgumentException("A report covers coaching, mentoring or both, not " + supportKind);
            }
        }
    }

    /** The pool year today falls in. */
    public PoolYear currentYear() {
        return PoolYear.containing(LocalDate.now(clock.withZone(UkDates.UK_TIME)), settings.yearStarts());
    }

    /**
     * The pool years a report can be chosen for, newest first: this one back to the year of the
     * first request the pool had (ten at most), so the list offers no years without a case.
     */
    public List<PoolYear> years() {
        var years = new ArrayList<PoolYear>();
        PoolYear year = currentYear();
        LocalDate first = facts.firstRequestAt().map(at -> at.atZone(UkDates.UK_TIME).toLocalDate())
                .orElse(year.start());
        for (int i = 0; i < 10; i++) {
            years.add(year);
            if (!year.start().isAfter(first)) {
                break;
            }
            year = year.previous();
        }
        return years;
    }

    /**
     * The year a report opens on: the last complete year, whose figures are final, when the pool
     * had requests in it; otherwise (a new pool) this one.
     */
    public PoolYear openingYear() {
        PoolYear last = currentYear().previous();
        boolean anything = facts.anyRequestBetween(last.start().atStartOfDay(UkDates.UK_TIME).toInstant(),
                last.end().atStartOfDay(UkDates.UK_TIME).toInstant());
        return anything ? last : currentYear();
    }

    /** Organisations by id, for the filter. */
    public Map<OrganisationId, String> organisations(CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return people.organisationNames();
    }

    /** The whole report for pool admins. */
    @Transactional(readOnly = true)
    public ImpactReport report(PoolYear year, Filter filter, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        var cells = new Suppression(settings.smallestGroup());
        var scope = new Scope(year.start(), year.end(), UkDates.UK_TIME, TypedId.valueOf(filter.organisation()),
                filter.supportKind(), null, null);
        Map<OrganisationId, String> organisations = people.organisationNames();
        var totals = facts.totals(scope);
        var evaluation = facts.improvement(scope, EVALUATION, IMPROVED_FROM);
        var tables = new ArrayList<ReportTable>();
        tables.add(relationships(totals, cells));
        tables.add(closed(facts.closedByOutcome(scope), cells));
        tables.add(improvement(evaluation, facts.improvement(scope, FOLLOW_UP_THINKER, IMPROVED_FROM),
                facts.improvement(scope, FOLLOW_UP_SPONSOR, IMPROVED_FROM), cells));
        tables.add(timings(facts.requestToMatch(scope), facts.requestToFirstSession(scope), cells));
        tables.add(chemistry(facts.chemistry(scope), cells));
        var funnel = facts.funnel(scope);
        tables.add(funnel(funnel, cells));
        tables.add(decisions(funnel, cells));
        tables.add(months(facts.months(scope), cells));
        tables.add(organisationsTable(facts.receivedByOrganisation(scope), facts.givenByOrganisation(scope),
                organisations.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue)),
                cells));
        var wholePool = new Scope(year.start(), year.end(), UkDates.UK_TIME, null, filter.supportKind(), null, null);
        List<PoolMember> members = pool.members();
        tables.add(coaches(members, facts.givenByCoach(wholePool), year, year.equals(currentYear())));
        tables.add(demand(facts.demandByArea(scope), members, cells));
        tables.add(waiting(waitingList.list(admin), filter, cells));
        String scopeLabel = (filter.organisation() == null ? "All organisations"
                : organisations.getOrDefault(filter.organisation(), "An organisation that no longer exists")) + ", "
                + (filter.supportKind() == null ? "coaching and mentoring" : filter.supportKind().toLowerCase(Locale.UK));
        return new ImpactReport(year, scopeLabel, headline(totals, evaluation, cells), List.copyOf(tables),
                settings.smallestGroup(), clock.instant());
    }

    /** A coach's or mentor's own figures for the year: relationships, sessions and hours against their pledge. */
    @Transactional(readOnly = true)
    public ReportTable coachFigures(PoolYear year, CurrentUser coach) {
        if (!coach.has(Role.COACH)) {
            throw new NotAllowedException("Only coaches and mentors have figures of their own.");
        }
        var scope = new Scope(year.start(), year.end(), UkDates.UK_TIME, null, null, null, coach.id().value());
        var given = facts.givenByCoach(scope).get(coach.id().value());
        var member = pool.member(coach.id(), coach);
        long minutes = given == null ? 0 : given.minutes();
        var rows = new ArrayList<Row>();
        rows.add(row("People you worked with", Suppression.plain(given == null ? 0 : given.people())));
        rows.add(row("Sessions you held", Suppression.plain(given == null ? 0 : given.sessions())));
        rows.add(row("Hours you gave", Suppression.plainHours(minutes)));
        member.ifPresent(m -> {
            rows.add(row("Hours you pledged a year", Suppression.plain(m.profile().pledgedHoursPerYear())));
            rows.add(row("Relationships now", Suppression.plain(m.running())));
        });
        return new ReportTable("your-figures", "Your figures, " + year.label(),
                "You gave " + Suppression.plainHours(minutes).text() + " hours in " + year.label() + ".",
                List.of("Figure", "Number"), rows, null);
    }

    private ImpactReport.Headline headline(FactRepository.Totals totals, FactRepository.Improvement evaluation,
            Suppression cells) {
        Cell people = cells.count(totals.peopleSupported());
        Cell hours = cells.hours(totals.minutes(), totals.peopleWithSessions());
        Cell improved = cells.share(evaluation.allThree(), evaluation.answered());
        String sentence = people.text().substring(0, 1).toUpperCase(Locale.UK) + people.text().substring(1)
                + " people accessed coaching or mentoring, "
                + (hours.suppressed() ? "too few to show their hours, " : hours.text() + " hours were delivered, ")
                + "and " + (evaluation.answered() == 0 ? "no evaluations are in yet"
                : improved.suppressed() ? "too few have evaluated to show how many improved"
                : improved.text() + " of those who evaluated reported improved confidence, performance and leadership");
        return new ImpactReport.Headline(people, hours, improved, sentence + ".");
    }

    private static ReportTable relationships(FactRepository.Totals t, Suppression cells) {
        var rows = List.of(row("Requests received", cells.count(t.requests())),
                row("People supported", cells.count(t.peopleSupported())),
                row("Relationships running in the year", cells.count(t.relationshipsRunning())),
                row("Relationships started (contract agreed)", cells.count(t.started())),
                row("Relationships running at the end of the year", cells.count(t.runningAtEnd())),
                row("Sessions held", cells.count(t.sessions())),
                row("Hours delivered", cells.hours(t.minutes(), t.peopleWithSessions())));
        return new ReportTable("relationships", "People and relationships",
                plural(t.requests(), "request", "requests") + "; " + cells.count(t.peopleSupported()).text()
                        + " people supported; "
                        + cells.count(t.sessions()).text() + " sessions held. " + ImpactReport.PEOPLE_SUPPORTED,
                List.of("Figure", "Number"), rows, null);
    }

    static final Map<String, String> OUTCOMES = orderedMap("COMPLETED", "Completed: reviewed and closed",
            "ENDED_EARLY", "Ended early", "NOT_MATCHED", "Closed before a relationship started",
            "DECLINED", "Declined by the sponsor", "SIGNPOSTED", "Signposted to other support");

    private static ReportTable closed(Map<String, Long> byOutcome, Suppression cells) {
        var rows = new ArrayList<Row>();
        OUTCOMES.forEach((outcome, label) -> rows.add(row(label, cells.count(byOutcome.getOrDefault(outcome, 0L)))));
        long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
        return new ReportTable("closed", "How cases closed", plural(total, "case", "cases") + " closed in the year; "
                + cells.count(byOutcome.getOrDefault("COMPLETED", 0L)).text() + " completed.",
                List.of("How it closed", "Cases"), rows, new Chart(Chart.Kind.BAR, List.of(1)));
    }

    private static ReportTable improvement(FactRepository.Improvement close, FactRepository.Improvement thinkerLater,
            FactRepository.Improvement sponsorLater, Suppression cells) {
        var all = List.of(close, thinkerLater, sponsorLater);
        var rows = List.of(
                new Row("Answered", all.stream().map(i -> cells.count(i.answered())).toList()),
                new Row("Improved confidence", all.stream().map(i -> cells.share(i.confidence(), i.answered())).toList()),
                new Row("Improved performance", all.stream().map(i -> cells.share(i.performance(), i.answered())).toList()),
                new Row("Improved leadership", all.stream().map(i -> cells.share(i.leadership(), i.answered())).toList()),
                new Row("Improved in all three", all.stream().map(i -> cells.share(i.allThree(), i.answered())).toList()));
        return new ReportTable("improvement", "Reported improvement",
                "Share rating a change of " + IMPROVED_FROM + " or more out of 5: "
                        + cells.share(close.allThree(), close.answered()).text() + " improved in all three at close.",
                List.of("Rated " + IMPROVED_FROM + " or more out of 5", "At close (thinker)", "Six months on (thinker)",
                        "Six months on (sponsor)"),
                rows, null);
    }

    private static ReportTable timings(FactRepository.Spread toMatch, FactRepository.Spread toSession,
            Suppression cells) {
        var rows = List.of(
                new Row("From request to match", List.of(cells.days(toMatch.median(), toMatch.cases()),
                        cells.days(toMatch.p90(), toMatch.cases()), cells.count(toMatch.cases()))),
                new Row("From request to first session", List.of(cells.days(toSession.median(), toSession.cases()),
                        cells.days(toSession.p90(), toSession.cases()), cells.count(toSession.cases()))));
        return new ReportTable("timings", "How long people wait",
                "Half of those matched in the year waited " + cells.days(toMatch.median(), toMatch.cases()).text()
                        + " or less from request to match.",
                List.of("Wait", "Median", "9 in 10 within", "Cases"), rows, null);
    }

    private static ReportTable chemistry(FactRepository.Chemistry c, Suppression cells) {
        var rows = List.of(row("First conversations held", cells.count(c.conversations())),
                row("Agreed to go ahead", cells.count(c.agreed())),
                row("Success rate", cells.share(c.agreed(), c.conversations())));
        return new ReportTable("chemistry", "First conversations (chemistry)",
                cells.share(c.agreed(), c.conversations()).text() + " of first conversations led to a relationship.",
                List.of("Figure", "Number"), rows, null);
    }

    private static ReportTable funnel(FactRepository.Funnel f, Suppression cells) {
        var rows = List.of(row("Asked for coaching or mentoring", cells.count(f.requested())),
                row("Endorsed by their sponsor", cells.count(f.endorsed())),
                row("Offered coaching or mentoring at triage", cells.count(f.toCoaching() + f.toMentoring())),
                row("Matched with a coach or mentor", cells.count(f.matched())),
                row("Agreed a contract", cells.count(f.contracted())),
                row("Completed", cells.count(f.completed())));
        return new ReportTable("funnel", "From request to completion",
                "Of " + cells.count(f.requested()).text() + " requests made in the year, "
                        + cells.count(f.contracted()).text() + " reached a contract and "
                        + cells.count(f.completed()).text() + " have completed.",
                List.of("Step reached by requests made in the year", "Requests"), rows,
                new Chart(Chart.Kind.FUNNEL, List.of(1)));
    }

    private static ReportTable decisions(FactRepository.Funnel f, Suppression cells) {
        var rows = List.of(row("Endorsed by the sponsor", cells.count(f.endorsed())),
                row("Declined by the sponsor", cells.count(f.declined())),
                row("Triage: coaching", cells.count(f.toCoaching())),
                row("Triage: mentoring", cells.count(f.toMentoring())),
                row("Triage: signposted to other support", cells.count(f.signposted())),
                row("Triage differed from the table's proposal", cells.count(f.overridden())));
        return new ReportTable("decisions", "Endorsement and triage",
                cells.count(f.endorsed()).text() + " requests endorsed, " + cells.count(f.declined()).text()
                        + " declined; " + cells.count(f.signposted()).text() + " signposted at triage.",
                List.of("Decision on requests made in the year", "Requests"), rows, null);
    }

    private static ReportTable months(List<FactRepository.Month> months, Suppression cells) {
        var rows = new ArrayList<Row>();
        FactRepository.Month busiest = null;
        for (var m : months) {
            rows.add(new Row(m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + m.month().getYear(),
                    List.of(cells.count(m.requests()), cells.count(m.matched()), cells.count(m.sessions()),
                            cells.hours(m.minutes(), m.people()))));
            if (busiest == null || m.minutes() > busiest.minutes()) {
                busiest = m;
            }
        }
        String summary = busiest == null || busiest.minutes() == 0 ? "No sessions were held in the year."
                : "Most hours were delivered in " + busiest.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
                        + " " + busiest.month().getYear() + ".";
        return new ReportTable("months", "Month by month", summary,
                List.of("Month", "Requests", "Matched", "Sessions", "Hours"), rows,
                new Chart(Chart.Kind.LINE, List.of(1, 2, 4)));
    }

    private static ReportTable organisationsTable(List<FactRepository.Received> received, Map<UUID, long[]> given,
            Map<UUID, String> names, Suppression cells) {
        var rows = new ArrayList<Row>();
        var byOrganisation = new HashMap<UUID, FactRepository.Received>();
        received.forEach(r -> byOrganisation.put(r.organisation(), r));
        var ids = new TreeSet<UUID>(Comparator.comparing((UUID id) -> names.getOrDefault(id, ""), NaturalOrder.NAMES)
                .thenComparing(id -> id));
        ids.addAll(byOrganisation.keySet().stream().filter(Objects::nonNull).toList());
        ids.addAll(given.keySet().stream().filter(Objects::nonNull).toList());
        for (UUID id : ids) {
            var r = byOrganisation.get(id);
            long[] g = given.get(id);
            rows.add(new Row(names.getOrDefault(id, "An organisation that no longer exists"),
                    List.of(cells.count(r == null ? 0 : r.people()),
                            r == null ? Suppression.plainHours(0) : cells.hours(r.minutes(), r.people()),
                            Suppression.plainHours(g == null ? 0 : g[0]))));
        }
        return new ReportTable("organisations", "Hours given and received by organisation",
                plural(rows.size(), "organisation", "organisations") + " gave or received coaching or mentoring in the year."
                        + " People supported are counted as in the headline, so the rows add up to it where no"
                        + " group is too small to show; hours received and hours given each add up to the hours"
                        + " delivered.",
                List.of("Organisation", "People supported", "Hours received", "Hours given by its coaches and mentors"),
                rows, new Chart(Chart.Kind.BAR, List.of(2, 3)));
    }

    private static ReportTable coaches(List<PoolMember> members, Map<UUID, FactRepository.Given> given, PoolYear year,
            boolean current) {
        var rows = new ArrayList<Row>();
        long under = 0;
        for (PoolMember m : members.stream().sorted(Comparator.comparing(m -> m.person().displayName(), NaturalOrder.NAMES)).toList()) {
            var g = given.get(m.person().id().value());
            long minutes = g == null ? 0 : g.minutes();
            int pledged = m.profile().pledgedHoursPerYear();
            if (m.profile().status() == MemberStatus.LEFT && minutes == 0) {
                continue;
            }
            if (pledged > 0 && minutes < pledged * 60L) {
                under++;
            }
            rows.add(new Row(m.person().displayName(), List.of(Cell.text(m.person().organisation()),
                    Suppression.plain(pledged), Suppression.plainHours(minutes),
                    pledged == 0 ? Cell.text("no pledge") : share(minutes, pledged * 60L),
                    Suppression.plain(m.running()))));
        }
        return new ReportTable("coaches", "Coach and mentor time against pledges",
                under + " of " + rows.size() + " coaches and mentors have given less than their yearly pledge in "
                        + year.label() + (current ? " so far." : "."),
                List.of("Coach or mentor", "Organisation", "Pledged hours a year", "Hours given", "Share of pledge",
                        "Relationships now"),
                rows, null);
    }

    private static Cell share(long part, long whole) {
        double percent = 100.0 * part / whole;
        return new Cell(String.format(Locale.UK, "%.0f%%", percent), Math.round(percent * 10) / 10.0);
    }

    private static ReportTable demand(Map<String, Long> demand, List<PoolMember> members, Suppression cells) {
        var rows = new ArrayList<Row>();
        DevelopmentArea scarcest = null;
        double worst = -1;
        for (DevelopmentArea area : DevelopmentArea.values()) {
            long asked = demand.getOrDefault(area.name(), 0L);
            long offering = members.stream().filter(m -> m.profile().status() == MemberStatus.ACTIVE
                    || m.profile().status() == MemberStatus.PAUSED)
                    .filter(m -> m.profile().specialisms().contains(area)).count();
            rows.add(new Row(area.label(), List.of(cells.count(asked), Suppression.plain(offering))));
            double pressure = offering == 0 ? asked * 2.0 : (double) asked / offering;
            if (asked > 0 && pressure > worst) {
                worst = pressure;
                scarcest = area;
            }
        }
        return new ReportTable("demand", "Demand and supply by development area",
                scarcest == null ? "No requests named a development area in the year."
                        : "Requests outnumber the coaches and mentors offering it most in: " + scarcest.label() + ".",
                List.of("Development area", "Requests naming it", "Coaches and mentors offering it"), rows,
                new Chart(Chart.Kind.BAR, List.of(1, 2)));
    }

    private ReportTable waiting(List<WaitingCase> waiting, Filter filter, Suppression cells) {
        var now = clock.instant();
        var days = waiting.stream()
                .filter(w -> filter.supportKind() == null || w.mentoring() == filter.supportKind().equals("MENTORING"))
                .map(w -> Duration.between(w.since(), now).toDays()).sorted().toList();
        Double median = days.isEmpty() ? null : (double) days.get(days.size() / 2);
        Double longest = days.isEmpty() ? null : (double) days.getLast();
        var rows = List.of(row("Waiting for a coach or mentor now", cells.count(days.size())),
                row("Median wait so far", cells.days(median, days.size())),
                row("Longest wait so far", cells.days(longest, days.size())));
        return new ReportTable("waiting", "Waiting list today", cells.count(days.size()).text()
                + " people are waiting for a coach or mentor today.", List.of("Figure", "Number"), rows, null);
    }

    private static String plural(long n, String one, String many) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : many);
    }

    private static Row row(String label, Cell cell) {
        return new Row(label, List.of(cell));
    }

    private static Map<String, String> orderedMap(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

}
