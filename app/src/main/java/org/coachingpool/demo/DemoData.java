package org.coachingpool.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingpool.people.SamplePeople;
import org.coachingpool.people.SamplePeople.Sample;
import org.coachingpool.people.Seniority;
import org.coachingpool.pool.Accreditation;
import org.coachingpool.pool.Modality;
import org.coachingpool.pool.SampleMembers;
import org.coachingpool.pool.SampleMembers.SampleMember;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample people and a small pool for the embedded default. Never in the prod profile. Added
 * once: a restart finds them and adds nothing.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "coachingpool.demo", havingValue = "true")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    private record DemoUser(String username, String name, String organisation, List<String> roles, Coach coach,
            Work work) {
        DemoUser(String username, String name, String organisation, List<String> roles, Coach coach) {
            this(username, name, organisation, roles, coach, null);
        }
    }

    private record Coach(boolean coaching, boolean mentoring, int capacity, int pledgedHours, String accreditations,
            String specialisms, String modality, String location, String biography) {
    }

    /** Where a demo person works; the line manager is named by username. */
    private record Work(String department, String jobTitle, String grade, String seniority, String lineManager) {
    }

    private static final String COUNCIL = "Northshire County Council";
    private static final String TRUST = "Northshire NHS Foundation Trust";

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("sponsor", "Tom Bennett", COUNCIL, List.of("SPONSOR"), null,
                    new Work("Adult Social Care", "Head of Adult Social Care", "Grade 12", "SENIOR_MANAGER", null)),
            new DemoUser("thinker", "Priya Shah", COUNCIL, List.of("THINKER"), null,
                    new Work("Adult Social Care", "Social Work Team Manager", "Grade 9", "TEAM_MANAGER", "sponsor")),
            new DemoUser("coach1", "Alex Morgan", TRUST, List.of("COACH"), new Coach(true, true, 3, 12,
                    "{ILM_7,EMCC}", "{LEADERSHIP,CHANGE,CONFIDENCE}", "BOTH", "Northtown",
                    "I lead organisational development at the trust and have coached managers across the county "
                            + "for eight years. I listen more than I talk and help people find their own next step."),
                    new Work("Organisational Development", "Head of Organisational Development", "Band 8c",
                            "SENIOR_MANAGER", null)),
            new DemoUser("coach2", "Sam Okafor", COUNCIL, List.of("COACH"), new Coach(true, false, 2, 12,
                    "{ILM_5}", "{NEW_ROLE,CAREER,COMPLEX_CHALLENGE}", "VIRTUAL", null,
                    "Finance business partner and ILM level 5 coach. I enjoy working with people in their first "
                            + "year in a new role."),
                    new Work("Finance", "Finance Business Partner", "Grade 10", "PRACTITIONER", null)),
            new DemoUser("coach3", "Jo Evans", TRUST, List.of("COACH"), new Coach(false, true, 4, 24,
                    "{MENTORING_TRAINING}", "{CAREER,LEADERSHIP,RETURN_FROM_ABSENCE}", "IN_PERSON",
                    "Northtown General Hospital",
                    "Director of Nursing. I have mentored nurses and managers returning from leave and moving into "
                            + "their first senior post."),
                    new Work("Nursing", "Director of Nursing", "Very senior manager", "EXECUTIVE", null)),
            new DemoUser("pooladmin", "Morgan Hughes", COUNCIL, List.of("POOL_ADMIN"), null),
            new DemoUser("processadmin", "Rhian Davies", COUNCIL, List.of("POOL_ADMIN", "PROCESS_ADMIN"), null));

    private final SamplePeople samplePeople;
    private final SampleMembers sampleMembers;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Safeguarding safeguarding;

    DemoData(SamplePeople samplePeople, SampleMembers sampleMembers, PasswordEncoder passwords, Clock clock,
            Safeguarding safeguarding) {
        this.samplePeople = samplePeople;
        this.sampleMembers = sampleMembers;
        this.safeguarding = safeguarding;
        this.passwords = passwords;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void load() {
        var added = samplePeople.add(USERS.stream().map(user -> {
            Work work = user.work() == null ? new Work(null, null, null, null, null) : user.work();
            return new Sample(user.username(), user.name(), user.organisation(),
                    user.roles().stream().map(Role::valueOf).collect(Collectors.toSet()), work.department(),
                    work.jobTitle(), work.grade(), work.seniority() == null ? null : Seniority.valueOf(work.seniority()),
                    work.lineManager());
        }).toList(), passwords.encode(PASSWORD));
        LocalDate today = LocalDate.now(clock);
        USERS.stream().filter(user -> user.coach() != null && added.containsKey(user.username())).forEach(user -> {
            Coach coach = user.coach();
            sampleMembers.add(added.get(user.username()), new SampleMember(coach.coaching(), coach.mentoring(),
                    coach.capacity(), coach.pledgedHours(), enums(coach.accreditations(), Accreditation.class),
                    enums(coach.specialisms(), DevelopmentArea.class), Modality.valueOf(coach.modality()),
                    coach.location(), coach.biography(), today.minusMonths(20), today.plusWeeks(3),
                    today.plusMonths(5)));
        });
        if (!added.isEmpty()) {
            log.info("Demo mode: added {} sample people (password '{}')", added.size(), PASSWORD);
            // So a coach can try raising a safeguarding concern at once: Rhian Davies receives them.
            if (added.containsKey("processadmin") && added.containsKey("pooladmin")) {
                safeguarding.nameDemoLead(added.get("processadmin"), added.get("pooladmin"));
            }
        }
    }

    /** Values written as a set literal, "{A,B}", as enum constants. */
    private static <E extends Enum<E>> Set<E> enums(String literal, Class<E> type) {
        return Arrays.stream(literal.replaceAll("[{}]", "").split(",")).filter(v -> !v.isBlank())
                .map(v -> Enum.valueOf(type, v.strip())).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /** The people of a simulated pool, by username; see {@link Simulator}. */
    public record SimulatedPeople(List<String> thinkers, List<String> sponsors, List<String> coaches) {
    }

    /**
     * Adds a simulated pool's people in bulk: organisations, a sponsor for every few thinkers (their
     * line manager), and coaches and mentors in other departments, each with room for several
     * relationships. They sign in with the demo password.
     */
    @Transactional
    public SimulatedPeople addSimulatedPeople(String prefix, int organisations, int thinkers, int coaches) {
        var orgs = new ArrayList<String>();
        for (int i = 1; i <= organisations; i++) {
            orgs.add(SIMULATED_ORGANISATIONS.get((i - 1) % SIMULATED_ORGANISATIONS.size())
                    + (i > SIMULATED_ORGANISATIONS.size() ? " " + i : ""));
        }
        var samples = new ArrayList<Sample>();
        var thinkerNames = new ArrayList<String>();
        var sponsorNames = new ArrayList<String>();
        var coachNames = new ArrayList<String>();
        int teams = Math.max(1, (thinkers + 3) / 4);
        for (int t = 0; t < teams; t++) {
            String org = orgs.get(t % orgs.size());
            String department = "Team " + (t + 1);
            String sponsor = "%s-sponsor-%04d".formatted(prefix, t + 1);
            samples.add(new Sample(sponsor, "Sponsor " + (t + 1), org, Set.of(Role.SPONSOR), department, null, null,
                    Seniority.SENIOR_MANAGER, null));
            sponsorNames.add(sponsor);
            for (int m = 0; m < 4 && thinkerNames.size() < thinkers; m++) {
                String thinker = "%s-thinker-%04d".formatted(prefix, thinkerNames.size() + 1);
                samples.add(new Sample(thinker, "Thinker " + (thinkerNames.size() + 1), org, Set.of(Role.THINKER),
                        department, null, null, Seniority.TEAM_MANAGER, sponsor));
                thinkerNames.add(thinker);
            }
        }
        for (int c = 0; c < coaches; c++) {
            String coach = "%s-coach-%04d".formatted(prefix, c + 1);
            samples.add(new Sample(coach, "Coach " + (c + 1), orgs.get((c + 1) % orgs.size()), Set.of(Role.COACH),
                    "Coaching pool", null, null, Seniority.SENIOR_MANAGER, null));
            coachNames.add(coach);
        }
        var added = samplePeople.add(samples, passwords.encode(PASSWORD));
        List<Set<DevelopmentArea>> specialisms = List.of(
                EnumSet.of(DevelopmentArea.LEADERSHIP, DevelopmentArea.CHANGE, DevelopmentArea.CONFIDENCE),
                EnumSet.of(DevelopmentArea.NEW_ROLE, DevelopmentArea.CAREER, DevelopmentArea.COMPLEX_CHALLENGE),
                EnumSet.of(DevelopmentArea.CONFIDENCE, DevelopmentArea.RETURN_FROM_ABSENCE, DevelopmentArea.CAREER),
                EnumSet.of(DevelopmentArea.LEADERSHIP, DevelopmentArea.COMPLEX_CHALLENGE, DevelopmentArea.NEW_ROLE));
        LocalDate joined = LocalDate.now(clock).minusYears(2);
        for (int c = 0; c < coachNames.size(); c++) {
            UserId id = added.get(coachNames.get(c));
            if (id != null) {
                sampleMembers.add(id, new SampleMember(true, c % 3 == 0, 6, c % 4 == 0 ? 24 : 12,
                        EnumSet.of(Accreditation.ILM_5), specialisms.get(c % specialisms.size()), Modality.BOTH,
                        null, null, joined, null, null));
            }
        }
        return new SimulatedPeople(thinkerNames, sponsorNames, coachNames);
    }

    private static final List<String> SIMULATED_ORGANISATIONS = List.of("Westfield City Council",
            "Westfield Community Health NHS Trust", "Eastvale District Council", "Westfield Fire and Rescue",
            "Eastvale Housing Association", "Westfield University Hospitals NHS Trust", "Northshire Police",
            "Eastvale Borough Council");
}
