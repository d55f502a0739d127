package org.coachingpool.demo;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private final Safeguarding safeguarding;

    DemoData(JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
            Safeguarding safeguarding) {
        this.safeguarding = safeguarding;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void load() {
        int added = 0;
        String hash = passwords.encode(PASSWORD);
        for (DemoUser user : USERS) {
            if (jdbc.sql("select count(*) from user_account where username = :u").param("u", user.username())
                    .query(Integer.class).single() > 0) {
                continue;
            }
            UUID organisation = organisation(user.organisation());
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                                created_at)
                            values (:id, :username, :name, :email, :org, :hash, :now)
                            """)
                    .param("id", id).param("username", user.username()).param("name", user.name())
                    .param("email", user.username() + "@example.org").param("org", organisation).param("hash", hash)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            for (String role : user.roles()) {
                jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role)
                        .update();
            }
            if (user.work() != null) {
                jdbc.sql("""
                                update user_account set department = :department, job_title = :title, grade = :grade,
                                    seniority = :seniority,
                                    line_manager_id = (select m.id from user_account m where m.username = :manager)
                                where id = :id
                                """)
                        .param("id", id).param("department", user.work().department())
                        .param("title", user.work().jobTitle()).param("grade", user.work().grade())
                        .param("seniority", user.work().seniority()).param("manager", user.work().lineManager())
                        .update();
            }
            if (user.coach() != null) {
                Coach coach = user.coach();
                jdbc.sql("""
                                insert into pool_member (user_id, offers_coaching, offers_mentoring,
                                    max_active_relationships, pledged_hours_per_year, joined_on, accreditations,
                                    specialisms, modality, location, biography, supervision_due, cpd_due)
                                values (:id, :coaching, :mentoring, :capacity, :hours, :joined,
                                    cast(:accreditations as text[]), cast(:specialisms as text[]), :modality, :location,
                                    :biography, :supervision, :cpd)
                                """)
                        .param("id", id).param("coaching", coach.coaching())
                        .param("mentoring", coach.mentoring()).param("capacity", coach.capacity())
                        .param("hours", coach.pledgedHours()).param("joined", LocalDate.now(clock).minusMonths(20))
                        .param("accreditations", coach.accreditations()).param("specialisms", coach.specialisms())
                        .param("modality", coach.modality()).param("location", coach.location())
                        .param("biography", coach.biography())
                        .param("supervision", LocalDate.now(clock).plusWeeks(3))
                        .param("cpd", LocalDate.now(clock).plusMonths(5))
                        .update();
            }
            added++;
        }
        if (added > 0) {
            log.info("Demo mode: added {} sample people (password '{}')", added, PASSWORD);
            // So a coach can try raising a safeguarding concern at once: Rhian Davies receives them.
            safeguarding.nameDemoLead(new UserId(idOf("processadmin")),
                    new UserId(idOf("pooladmin")));
        }
    }

    private UUID idOf(String username) {
        return jdbc.sql("select id from user_account where username = :u").param("u", username).query(UUID.class)
                .single();
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
        String hash = passwords.encode(PASSWORD);
        var now = Timestamp.from(clock.instant());
        var orgs = new ArrayList<UUID>();
        for (int i = 1; i <= organisations; i++) {
            orgs.add(organisation(SIMULATED_ORGANISATIONS.get((i - 1) % SIMULATED_ORGANISATIONS.size())
                    + (i > SIMULATED_ORGANISATIONS.size() ? " " + i : "")));
        }
        var thinkerNames = new ArrayList<String>();
        var sponsorNames = new ArrayList<String>();
        var coachNames = new ArrayList<String>();
        int teams = Math.max(1, (thinkers + 3) / 4);
        for (int t = 0; t < teams; t++) {
            UUID org = orgs.get(t % orgs.size());
            String department = "Team " + (t + 1);
            String sponsor = "%s-sponsor-%04d".formatted(prefix, t + 1);
            UUID sponsorId = simulatedAccount(sponsor, "Sponsor " + (t + 1), org, department, "SENIOR_MANAGER", null,
                    hash, now, "SPONSOR");
            sponsorNames.add(sponsor);
            for (int m = 0; m < 4 && thinkerNames.size() < thinkers; m++) {
                String thinker = "%s-thinker-%04d".formatted(prefix, thinkerNames.size() + 1);
                simulatedAccount(thinker, "Thinker " + (thinkerNames.size() + 1), org, department, "TEAM_MANAGER",
                        sponsorId, hash, now, "THINKER");
                thinkerNames.add(thinker);
            }
        }
        String[] specialisms = {"{LEADERSHIP,CHANGE,CONFIDENCE}", "{NEW_ROLE,CAREER,COMPLEX_CHALLENGE}",
                "{CONFIDENCE,RETURN_FROM_ABSENCE,CAREER}", "{LEADERSHIP,COMPLEX_CHALLENGE,NEW_ROLE}"};
        for (int c = 0; c < coaches; c++) {
            String coach = "%s-coach-%04d".formatted(prefix, c + 1);
            UUID id = simulatedAccount(coach, "Coach " + (c + 1), orgs.get((c + 1) % orgs.size()), "Coaching pool",
                    "SENIOR_MANAGER", null, hash, now, "COACH");
            jdbc.sql("""
                            insert into pool_member (user_id, offers_coaching, offers_mentoring,
                                max_active_relationships, pledged_hours_per_year, joined_on, accreditations,
                                specialisms, modality)
                            values (:id, true, :mentoring, 6, :hours, :joined, '{ILM_5}', cast(:specialisms as text[]),
                                'BOTH')
                            """)
                    .param("id", id).param("mentoring", c % 3 == 0).param("hours", c % 4 == 0 ? 24 : 12)
                    .param("joined", LocalDate.now(clock).minusYears(2))
                    .param("specialisms", specialisms[c % specialisms.length]).update();
            coachNames.add(coach);
        }
        return new SimulatedPeople(thinkerNames, sponsorNames, coachNames);
    }

    private static final List<String> SIMULATED_ORGANISATIONS = List.of("Westfield City Council",
            "Westfield Community Health NHS Trust", "Eastvale District Council", "Westfield Fire and Rescue",
            "Eastvale Housing Association", "Westfield University Hospitals NHS Trust", "Northshire Police",
            "Eastvale Borough Council");

    private UUID simulatedAccount(String username, String name, UUID organisation, String department,
            String seniority, UUID lineManager, String hash, Timestamp now, String role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into user_account (id, username, display_name, email, organisation_id, password_hash,
                            created_at, department, seniority, line_manager_id)
                        values (:id, :username, :name, :email, :org, :hash, :now, :department, :seniority, :manager)
                        """)
                .param("id", id).param("username", username).param("name", name)
                .param("email", username + "@example.org").param("org", organisation).param("hash", hash)
                .param("now", now).param("department", department).param("seniority", seniority)
                .param("manager", lineManager, Types.OTHER).update();
        jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", id).param("role", role)
                .update();
        return id;
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :name").param("name", name).query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("insert into organisation (id, name) values (:id, :name)").param("id", id)
                            .param("name", name).update();
                    return id;
                });
    }
}
