package org.coachingpool.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.coachingpool.calendar.MeetingId;
import org.coachingpool.calendar.MeetingKind;
import org.coachingpool.calendar.MeetingMode;
import org.coachingpool.calendar.MeetingPlan;
import org.coachingpool.calendar.Meetings;
import org.coachingpool.casefile.CaseDiagrams;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.cases.Stage;
import org.coachingpool.forms.TaskForms;
import org.coachingpool.incidents.Incidents;
import org.coachingpool.people.Passwords;
import org.coachingpool.people.People;
import org.coachingpool.people.StaffImport;
import org.coachingpool.platform.UkDates;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Requests;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.SessionRecord;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.TaskDrafts;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every role against every read and action, on a case they take part in, on someone else's
 * case, and on an id nobody has: through the services and through the pages a guessed URL
 * opens. The table says who may; every other cell must get nothing and change nothing.
 */
class AccessMatrixTest extends ViewTest {

    /**
     * The people, by their part in the running case; the other sponsor is the sponsor of someone
     * else's request. A process admin is a pool admin with the right to change processes.
     */
    enum Who {
        THINKER("thinker"), SPONSOR("sponsor"), COACH(null), OTHER_COACH("coach2"), OTHER_SPONSOR(null),
        POOL_ADMIN("pooladmin"), PROCESS_ADMIN("processadmin");

        final String demoUser;

        Who(String demoUser) {
            this.demoUser = demoUser;
        }
    }

    /** What can be read about a case. */
    enum Read {
        CASE, MILESTONES, DIAGRAM, SESSION_DATES, SHARED_ACTIONS, SESSION_NOTES, CONTRACT, CASE_PAGE,
        NOTES_ON_CASE_PAGE, TASK, TASK_PAGE, DRAFT,
        /** What stopped the case: the step and the engine's message. */
        PROBLEMS, PROBLEM_ON_CASE_PAGE,
        /** The request's goals and preferences; READINESS: its readiness answers. */
        REQUEST, READINESS
    }

    /** The engine's message planted on both cases: pool admins only may read it. */
    private static final String PROBLEM = "Planted: UNAVAILABLE: io exception";

    /** Who may read what on the running case (sessions under way, one logged). */
    private static final Map<Who, Set<Read>> RUNNING_CASE = Map.of(
            Who.THINKER, EnumSet.of(Read.CASE, Read.MILESTONES, Read.DIAGRAM, Read.SESSION_DATES,
                    Read.SHARED_ACTIONS, Read.CONTRACT, Read.CASE_PAGE, Read.REQUEST, Read.READINESS),
            Who.SPONSOR, EnumSet.of(Read.CASE, Read.MILESTONES, Read.DIAGRAM, Read.SESSION_DATES, Read.CONTRACT,
                    Read.CASE_PAGE),
            Who.COACH, EnumSet.complementOf(EnumSet.of(Read.PROBLEMS, Read.PROBLEM_ON_CASE_PAGE, Read.READINESS)),
            Who.OTHER_COACH, EnumSet.noneOf(Read.class),
            Who.OTHER_SPONSOR, EnumSet.noneOf(Read.class),
            Who.POOL_ADMIN, EnumSet.of(Read.CASE, Read.MILESTONES, Read.DIAGRAM, Read.SESSION_DATES, Read.CONTRACT,
                    Read.CASE_PAGE, Read.PROBLEMS, Read.PROBLEM_ON_CASE_PAGE, Read.REQUEST, Read.READINESS),
            Who.PROCESS_ADMIN, EnumSet.of(Read.CASE, Read.MILESTONES, Read.DIAGRAM, Read.SESSION_DATES,
                    Read.CONTRACT, Read.CASE_PAGE, Read.PROBLEMS, Read.PROBLEM_ON_CASE_PAGE, Read.REQUEST,
                    Read.READINESS));

    /** Who may read what on someone else's request, waiting for its sponsor's endorsement. */
    private static final Map<Who, Set<Read>> OTHER_CASE = Map.of(
            Who.THINKER, EnumSet.noneOf(Read.class),
            Who.SPONSOR, EnumSet.noneOf(Read.class),
            Who.COACH, EnumSet.noneOf(Read.class),
            Who.OTHER_COACH, EnumSet.noneOf(Read.class),
            Who.OTHER_SPONSOR, EnumSet.of(Read.CASE, Read.DIAGRAM, Read.CASE_PAGE, Read.TASK, Read.TASK_PAGE),
            Who.POOL_ADMIN, EnumSet.of(Read.CASE, Read.DIAGRAM, Read.CASE_PAGE, Read.PROBLEMS, Read.PROBLEM_ON_CASE_PAGE,
                    Read.REQUEST, Read.READINESS),
            Who.PROCESS_ADMIN, EnumSet.of(Read.CASE, Read.DIAGRAM, Read.CASE_PAGE, Read.PROBLEMS,
                    Read.PROBLEM_ON_CASE_PAGE, Read.REQUEST, Read.READINESS));

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Cases cases;
    @Autowired CaseDiagrams diagrams;
    @Autowired Sessions sessions;
    @Autowired TaskForms forms;
    @Autowired Worklist worklist;
    @Autowired TaskDrafts drafts;
    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Triage triage;
    @Autowired JdbcClient jdbc;
    @Autowired Incidents incidents;
    @Autowired Meetings meetings;

    /** One case under test with its secrets and its open task. */
    record Target(String name, CaseId id, WorkItemId task, String taskRoute, String notes, String actions,
            String outcomes) {
    }

    /** Shared by the three tables: every action tried on them is refused, so they stay as they are. */
    private static Target sharedRunning;
    private static Target sharedOther;
    private static String coach;
    private static String otherSponsor;

    @TestFactory
    Stream<DynamicTest> everyRoleReadsExactlyItsShare() {
        Target running = runningCase();
        Target other = otherCase();
        Target nobodys = new Target("a guessed id", new CaseId(UUID.randomUUID()), new WorkItemId(UUID.randomUUID()),
                "tasks/session-log/", null, null, null);
        List<DynamicTest> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Read read : Read.values()) {
                cells.add(cell(who, read, running, RUNNING_CASE.get(who).contains(read)));
                cells.add(cell(who, read, other, OTHER_CASE.get(who).contains(read)));
                cells.add(cell(who, read, nobodys, false));
            }
        }
        return cells.stream();
    }

    @TestFactory
    Stream<DynamicTest> nobodyActsOnWhatIsNotTheirs() {
        Target running = runningCase();
        Target other = otherCase();
        List<DynamicTest> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            if (who != Who.COACH) {
                cells.add(refused(who, "log a session on the running case", running,
                        user -> sessions.log(running.task(), user, new SessionEntry(LocalDate.now(), 30,
                                SessionEntry.Modality.PHONE, "planted notes", "planted actions"))));
                cells.add(refused(who, "save a form draft on the coach's task", running,
                        user -> forms.saveDraft(running.task(), user, Map.of("outcomes", "planted"))));
                cells.add(refused(who, "save a draft of the coach's session log", running,
                        user -> drafts.save(running.task(), user, Map.of("notes", "planted"))));
            }
            if (who != Who.THINKER && who != Who.COACH) {
                cells.add(refused(who, "end the running case early", running,
                        user -> sessions.endEarly(running.id(), user, "planted reason")));
            }
            if (who != Who.OTHER_SPONSOR) {
                cells.add(refused(who, "endorse someone else's request", other,
                        user -> endorsements.decide(other.task(), user, new EndorsementDecision(true, true, null, null))));
            }
            cells.add(refused(who, "record triage on an endorsement task", other,
                    user -> triage.decide(other.task(), user, TriageDecision.COACHING, "planted", null)));
            if (who != Who.POOL_ADMIN && who != Who.PROCESS_ADMIN) {
                for (Target target : List.of(running, other)) {
                    cells.add(refused(who, "try " + target.name() + " again", target, user -> incidents.retry(
                            incidents.openFor(target.id(), users.get("pooladmin")).getFirst().id(), user)));
                }
            }
            if (who != Who.COACH && who != Who.POOL_ADMIN && who != Who.PROCESS_ADMIN) {
                cells.add(refused(who, "arrange a meeting on the running case", running,
                        user -> meetings.schedule(MeetingId.random(), running.id(), aMeeting(),
                                user)));
            }
            // Nobody, the pool team included, arranges meetings before a coach or mentor has taken the case on.
            cells.add(refused(who, "arrange a meeting on a request not matched yet", other,
                    user -> meetings.schedule(MeetingId.random(), other.id(), aMeeting(), user)));
            cells.add(refused(who, "claim a task assigned by name", other, user -> worklist.claim(other.task(), user)));
            cells.add(refused(who, "hand back a task assigned by name", running,
                    user -> worklist.handBack(running.task(), user)));
            cells.add(refused(who, "complete a task as another task", running,
                    user -> worklist.complete(running.task(), RelationshipProcess.TASK_TRIAGE, user, Map.of())));
        }
        return cells.stream();
    }

    @Autowired People people;
    @Autowired StaffImport staffImport;
    @Autowired Passwords passwords;

    /**
     * The attacks of issue 27, kept closed: nobody gives themselves an admin role, a pool admin
     * does not make process admins, a spreadsheet makes nobody an admin, and only the pool team
     * sends someone a link to choose a password (an admin never sets or learns one).
     */
    @TestFactory
    Stream<DynamicTest> nobodyTakesPowersTheyWereNotGiven() {
        runningCase();
        otherCase();
        List<DynamicTest> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            for (var role : List.of(Role.POOL_ADMIN, Role.PROCESS_ADMIN)) {
                cells.add(DynamicTest.dynamicTest(who + " may not give themselves " + role, () -> {
                    CurrentUser user = users.get(username(who));
                    var before = rolesOf(user.id());
                    if (before.contains(role)) {
                        return;
                    }
                    var wanted = EnumSet.copyOf(before);
                    wanted.add(role);
                    assertThat(succeeds(() -> changeRoles(user.id(), wanted, user))).as("accepted").isFalse();
                    assertThat(rolesOf(user.id())).isEqualTo(before);
                }));
                cells.add(DynamicTest.dynamicTest(who + " giving another person " + role, () -> {
                    CurrentUser user = users.get(username(who));
                    CurrentUser someone = users.get(Who.OTHER_COACH.demoUser);
                    var before = rolesOf(someone.id());
                    var wanted = EnumSet.copyOf(before);
                    wanted.add(role);
                    boolean may = user.has(role);
                    try {
                        assertThat(succeeds(() -> changeRoles(someone.id(), wanted, user))).as("accepted").isEqualTo(may);
                        assertThat(rolesOf(someone.id()).contains(role)).isEqualTo(may);
                    } finally {
                        jdbc.sql("delete from user_role where user_id = :id and role = :role")
                                .param("id", someone.id().value()).param("role", role.name()).update();
                    }
                }));
            }
            cells.add(DynamicTest.dynamicTest(who + " may not make anyone an admin through a staff spreadsheet", () -> {
                CurrentUser user = users.get(username(who));
                String email = "imported-" + UUID.randomUUID() + "@example.org";
                String file = "name,email,organisation,department,job_title,grade,seniority,line_manager_email,roles\n"
                        + "Ima Admin," + email + ",Northshire County Council,,,,,,pool admin;process admin\n";
                succeeds(() -> staffImport.apply(file.getBytes(StandardCharsets.UTF_8), user));
                assertThat(jdbc.sql("""
                                select count(*) from user_role r join user_account u on u.id = r.user_id
                                where u.email = :email and r.role in ('POOL_ADMIN', 'PROCESS_ADMIN')
                                """).param("email", email).query(Integer.class).single()).isZero();
            }));
            cells.add(DynamicTest.dynamicTest(who + " sending another person a link to choose a password", () -> {
                CurrentUser user = users.get(username(who));
                CurrentUser someone = users.get(Who.OTHER_COACH.demoUser);
                boolean may = user.has(Role.POOL_ADMIN);
                assertThat(succeeds(() -> passwords.sendResetLink(someone.id(), user))).isEqualTo(may);
            }));
        }
        return cells.stream();
    }

    private void changeRoles(UserId id, Set<Role> roles, CurrentUser by) {
        var person = people.find(id).orElseThrow();
        people.update(id, person.displayName(), person.email(), person.organisation(), roles, by);
    }

    private Set<Role> rolesOf(UserId id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(people.find(id).orElseThrow().roles());
        return roles;
    }


    @TestFactory
    Stream<DynamicTest> onlyPoolAdminsOpenTheBoardAndNoTaskOpensUnderAnotherTasksAddress() {
        Target running = runningCase();
        otherCase();
        List<DynamicTest> cells = new ArrayList<>();
        for (Who who : Who.values()) {
            cells.add(DynamicTest.dynamicTest(who + " opening the pool board", () -> {
                boolean opened;
                try {
                    signInAndOpen(username(who), "board");
                    opened = true;
                } catch (MockAccessDeniedException denied) {
                    opened = false;
                }
                assertThat(opened).isEqualTo(who == Who.POOL_ADMIN || who == Who.PROCESS_ADMIN);
            }));
            for (String route : List.of("tasks/triage-request/", "tasks/choose-match/", "tasks/choose-from-shortlist/",
                    "tasks/endorse-request/", "tasks/record-contract/")) {
                cells.add(DynamicTest.dynamicTest(who + " opening " + route + "<session log task>", () -> {
                    assertThat(opens(who, route + running.task().value())).isFalse();
                    assertThat(pageText()).doesNotContain(running.outcomes());
                }));
            }
        }
        return cells.stream();
    }

    private DynamicTest cell(Who who, Read read, Target target, boolean allowed) {
        String name = who + (allowed ? " reads " : " is refused ") + read + " on " + target.name();
        return DynamicTest.dynamicTest(name, () -> assertThat(reads(who, read, target)).as(name).isEqualTo(allowed));
    }

    private DynamicTest refused(Who who, String action, Target target, Consumer<CurrentUser> act) {
        return DynamicTest.dynamicTest(who + " may not " + action, () -> {
            CurrentUser user = users.get(username(who));
            var before = snapshot(target);
            assertThat(succeeds(() -> act.accept(user))).as("accepted").isFalse();
            assertThat(snapshot(target)).as("nothing changed").isEqualTo(before);
        });
    }

    /** Everything an action could have changed on the case. */
    private List<Object> snapshot(Target target) {
        return List.of(cases.find(target.id()).map(c -> c.stage()).orElseThrow(),
                worklist.stateOf(target.task()),
                jdbc.sql("select count(*) from session_log where case_id = :id").param("id", target.id().value())
                        .query(Integer.class).single(),
                jdbc.sql("select count(*) from early_end where case_id = :id").param("id", target.id().value())
                        .query(Integer.class).single(),
                jdbc.sql("select count(*) from task_draft where work_item_id = :id").param("id", target.task().value())
                        .query(Integer.class).single(),
                jdbc.sql("select count(*) from triage_decision where case_id = :id").param("id", target.id().value())
                        .query(Integer.class).single(),
                jdbc.sql("select count(*) from case_problem where case_id = :id and resolved_at is null and retried_at is null")
                        .param("id", target.id().value()).query(Integer.class).single(),
                jdbc.sql("select count(*) from meeting where case_id = :id").param("id", target.id().value())
                        .query(Integer.class).single(),
                jdbc.sql("select count(*) from mail_outbox where case_id = :id and kind = 'INVITATION'")
                        .param("id", target.id().value()).query(Integer.class).single());
    }

    private static MeetingPlan aMeeting() {
        return new MeetingPlan(MeetingKind.SESSION,
                LocalDate.now(UkDates.UK_TIME).plusDays(5), LocalTime.of(10, 0), 60,
                MeetingMode.VIRTUAL);
    }

    private boolean reads(Who who, Read read, Target target) {
        CurrentUser user = users.get(username(who));
        return switch (read) {
            case CASE -> cases.find(target.id(), user).isPresent();
            case MILESTONES -> !worklist.milestones(target.id(), user).isEmpty();
            case DIAGRAM -> diagrams.forCase(target.id(), user).isPresent();
            case SESSION_DATES -> !sessionsAs(user, target).isEmpty();
            case SHARED_ACTIONS -> sessionsAs(user, target).stream().anyMatch(s -> s.sharedActions() != null);
            case SESSION_NOTES -> sessionsAs(user, target).stream().anyMatch(s -> s.privateNotes() != null);
            case CONTRACT -> forms.answers(target.id(), null, user).stream()
                    .anyMatch(a -> a.value().equals(target.outcomes()));
            case CASE_PAGE -> {
                signInAndOpen(username(who), "cases/" + target.id().value());
                yield headings().stream().anyMatch(h -> h.startsWith("Case ") && !h.equals("Case not found"));
            }
            case NOTES_ON_CASE_PAGE -> {
                signInAndOpen(username(who), "cases/" + target.id().value());
                yield target.notes() != null && pageText().contains(target.notes());
            }
            case PROBLEMS -> !incidents.openFor(target.id(), user).isEmpty();
            case REQUEST -> requests.details(target.id(), user).isPresent();
            case READINESS -> requests.details(target.id(), user).flatMap(r -> r.readiness()).isPresent();
            case PROBLEM_ON_CASE_PAGE -> {
                signInAndOpen(username(who), "cases/" + target.id().value());
                yield pageText().contains(PROBLEM);
            }
            case TASK -> succeeds(() -> worklist.get(target.task(), user));
            case DRAFT -> !drafts.load(target.task(), user).isEmpty();
            case TASK_PAGE -> opens(who, target.taskRoute() + target.task().value());
        };
    }

    /** Whether the task page opens its task: refused by the route's roles or by the task's service. */
    private boolean opens(Who who, String route) {
        try {
            signInAndOpen(username(who), route);
        } catch (MockAccessDeniedException deniedByRole) {
            return false;
        }
        return !headings().contains(TaskPages.UNAVAILABLE);
    }

    private List<SessionRecord> sessionsAs(CurrentUser user, Target target) {
        try {
            return sessions.forCase(target.id(), user);
        } catch (RuntimeException refused) {
            return List.of();
        }
    }

    private static boolean succeeds(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static List<String> headings() {
        return _find(H1.class).stream().map(H1::getText).toList();
    }

    /** All text the page shows in its components, the way a reader would find it. */
    private static String pageText() {
        var text = new StringBuilder();
        collect(UI.getCurrent(), text);
        return text.toString();
    }

    private static void collect(Component component, StringBuilder text) {
        if (component instanceof HasText withText) {
            text.append(withText.getText()).append('\n');
        }
        component.getChildren().forEach(child -> collect(child, text));
    }

    private String username(Who who) {
        return switch (who) {
            case COACH -> coach;
            case OTHER_SPONSOR -> otherSponsor;
            default -> who.demoUser;
        };
    }

    /** A coaching case in its sessions: one session logged with notes and actions, the next log waiting. */
    private Target runningCase() {
        if (sharedRunning == null) {
            sharedRunning = newRunningCase();
        }
        return sharedRunning;
    }

    private Target otherCase() {
        if (sharedOther == null) {
            sharedOther = newOtherCase();
        }
        return sharedOther;
    }

    private Target newRunningCase() {
        coach = pool.coach();
        CaseId id = journey.toSessions(coach);
        String notes = "Private notes " + UUID.randomUUID();
        String actions = "Shared actions " + UUID.randomUUID();
        sessions.log(journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION).id(), users.get(coach),
                new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.VIRTUAL, notes, actions));
        var next = journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        drafts.save(next.id(), users.get(coach), Map.of("notes", "Half-written " + notes));
        incidents.processDidNotStart(id, PROBLEM);
        return new Target("the running case", id, next.id(), "tasks/session-log/", notes, actions, "Lead the team");
    }

    /** A request from another thinker, with another sponsor, waiting for its endorsement. */
    private Target newOtherCase() {
        otherSponsor = pool.sponsor();
        CaseId id = requests.submit(users.get(pool.thinker()), new NewRequest(KindWanted.MENTORING,
                Set.of(DevelopmentArea.CAREER), "Move into a regional role", users.get(otherSponsor).id()),
                UUID.randomUUID());
        var endorse = journey.task(otherSponsor, id, RelationshipProcess.TASK_ENDORSE);
        assertThat(cases.find(id).orElseThrow().stage()).isIn(Stage.REQUESTED, Stage.ENDORSEMENT);
        assertThat(endorse.state()).isEqualTo(WorkItemState.OPEN);
        incidents.processDidNotStart(id, PROBLEM);
        return new Target("someone else's case", id, endorse.id(), "tasks/endorse-request/", null, null, null);
    }
}
