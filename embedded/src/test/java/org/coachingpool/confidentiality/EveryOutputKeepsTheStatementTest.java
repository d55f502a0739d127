package org.coachingpool.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.audit.AuditEntry;
import org.coachingpool.audit.AuditFilter;
import org.coachingpool.audit.AuditLog;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.ConfidentialText;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.SentMail;
import org.coachingpool.records.SubjectAccess;
import org.coachingpool.pool.MemberKind;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.request.KindWanted;
import org.coachingpool.request.MeetingPreference;
import org.coachingpool.request.NewRequest;
import org.coachingpool.request.Preferences;
import org.coachingpool.request.ReadinessAnswers;
import org.coachingpool.request.Requests;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.safeguarding.NewConcern;
import org.coachingpool.safeguarding.Risk;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.safeguarding.SafeguardingProcess;
import org.coachingpool.safeguarding.ThinkerTold;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.coachingpool.worklist.TaskDrafts;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A different marker in every kind of text people write, on real cases (one through review to
 * close, offered first to a coach who declines; one ended early with a draft left; one signposted
 * at triage) and an offer to join the pool. Then everything each person can reach is collected:
 * the seven demo people, each person of the cases and a coach from none of them, on every page
 * they may open (each task, open or done), their copy of their records and the pool team's copies,
 * every email and invitation, the audit log, the impact report's tables, along with the app's log
 * and the engine's files, where every variable it held is written. A marker found where
 * {@link ConfidentialText} does not allow it fails, naming the text, the person and the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class EveryOutputKeepsTheStatementTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Sessions sessions;
    @Autowired Safeguarding safeguarding;
    @Autowired TaskDrafts drafts;
    @Autowired Worklist worklist;
    @Autowired Mail mail;
    @Autowired AuditLog audit;
    @Autowired SubjectAccess subjectAccess;
    @Autowired Cases cases;
    @Autowired ImpactReports reports;
    @Value("${coachingpool.embedded.data-dir}") Path dataDir;

    @Autowired Requests requests;
    @Autowired Endorsements endorsements;
    @Autowired Triage triage;
    @Autowired Onboarding onboarding;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Planted> planted = new ArrayList<>();

    /** The people of one case, by their part in it. Offered: the coaches or mentors it was offered to. */
    private record Parts(CurrentUser thinker, CurrentUser sponsor, CurrentUser coach, Set<UserId> offered) {
        static final Parts NONE = new Parts(null, null, null, Set.of());
    }

    /** A marker in one text: which kind it is, who wrote it, and the case it belongs to. */
    private record Planted(ConfidentialText kind, String marker, CurrentUser author, Parts parts) {
    }

    /** A new marker for a text about to be written; where it is found is checked against the statement. */
    private String plant(ConfidentialText kind, CurrentUser author, Parts parts) {
        String marker = "Marker-" + kind.name() + "-" + planted.size() + "-" + run;
        planted.add(new Planted(kind, marker, author, parts));
        return marker;
    }

    @Test
    void noTextReachesAnyoneTheStatementDoesNotNameByAnyOutput(CapturedOutput appLog) throws IOException {
        CurrentUser poolAdmin = users.get("pooladmin");
        CurrentUser lead = users.get("processadmin");
        CurrentUser sponsor = users.get("sponsor");
        safeguarding.nameLead(lead.id(), poolAdmin);

        // Case A: a whole relationship, offered first to a coach who declines, through review to close.
        var thinkerA = users.get(pool.thinker());
        var coachA = users.get(pool.coach());
        var decliner = users.get(pool.coach());
        var a = new Parts(thinkerA, sponsor, coachA, Set.of(coachA.id(), decliner.id()));
        CaseId caseA = requests.submit(thinkerA, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.LEADERSHIP),
                plant(ConfidentialText.REQUEST_GOALS, thinkerA, a), sponsor.id(),
                new Preferences(MeetingPreference.EITHER, plant(ConfidentialText.REQUEST_GOALS, thinkerA, a),
                        plant(ConfidentialText.REQUEST_GOALS, thinkerA, a)),
                new ReadinessAnswers(ReadinessAnswers.FormalProcess.NO, ReadinessAnswers.Choosing.YES,
                        ReadinessAnswers.Wellbeing.SOMETIMES)), UUID.randomUUID());
        // A readiness answer is a choice, not text: its words are the marker.
        planted.add(new Planted(ConfidentialText.READINESS, ReadinessAnswers.Wellbeing.SOMETIMES.label(), thinkerA, a));
        endorsements.decide(journey.task("sponsor", caseA, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, plant(ConfidentialText.ENDORSEMENT, sponsor, a), null));
        triage.decide(journey.task("pooladmin", caseA, RelationshipProcess.TASK_TRIAGE).id(), poolAdmin,
                TriageDecision.COACHING, plant(ConfidentialText.TRIAGE_REASON, poolAdmin, a), null);
        offer(caseA, decliner);
        journey.answer(decliner.username(), caseA, RelationshipProcess.TASK_OFFER, Map.of("offerResponse", "DECLINED",
                "declineReason", plant(ConfidentialText.OFFER_AND_CHEMISTRY_REASONS, decliner, a)));
        offer(caseA, coachA);
        journey.answer(coachA.username(), caseA, RelationshipProcess.TASK_OFFER, Map.of("offerResponse", "ACCEPTED"));
        journey.answer(coachA.username(), caseA, RelationshipProcess.TASK_COACH_CHEMISTRY, Map.of("chemistry", "GO"));
        journey.answer(thinkerA.username(), caseA, RelationshipProcess.TASK_THINKER_CHEMISTRY,
                Map.of("chemistry", "GO"));
        journey.answer(coachA.username(), caseA, RelationshipProcess.TASK_RECORD_CONTRACT, Map.of(
                "outcomes", plant(ConfidentialText.CONTRACT_TERMS, coachA, a),
                "context", plant(ConfidentialText.CONTRACT_TERMS, coachA, a),
                "support", plant(ConfidentialText.CONTRACT_TERMS, coachA, a),
                "reviewMethod", plant(ConfidentialText.CONTRACT_TERMS, coachA, a),
                "cadence", plant(ConfidentialText.CONTRACT_TERMS, coachA, a), "plannedSessions", "2",
                "sponsorInvolvement", "FULL", "reviewDate", LocalDate.now().plusMonths(3).toString()));
        journey.answer(thinkerA.username(), caseA, RelationshipProcess.TASK_THINKER_CONFIRMS, Map.of("thinkerContract", "AGREE",
                "comment", plant(ConfidentialText.CONTRACT_TERMS, thinkerA, a)));
        journey.answer("sponsor", caseA, RelationshipProcess.TASK_SPONSOR_CONFIRMS, Map.of("sponsorContract", "AGREE",
                "comment", plant(ConfidentialText.CONTRACT_TERMS, sponsor, a)));
        sessions.log(journey.task(coachA.username(), caseA, RelationshipProcess.TASK_LOG_SESSION).id(), coachA,
                new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.VIRTUAL,
                        plant(ConfidentialText.SESSION_NOTES, coachA, a), plant(ConfidentialText.AGREED_ACTIONS, coachA, a)));
        safeguarding.raise(caseA, coachA, new NewConcern(Risk.HARM_TO_THINKER, ThinkerTold.YES,
                plant(ConfidentialText.SAFEGUARDING_CONCERN, coachA, a)), UUID.randomUUID());
        String concern = planted.getLast().marker();
        WorkItem respond = await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(lead).stream()
                .filter(i -> SafeguardingProcess.TASK_RESPOND.equals(i.elementId()))
                .filter(i -> safeguarding.concern(i.id(), lead).whatHappened().equals(concern)).findFirst(),
                Optional::isPresent).orElseThrow();
        // The lead reads it on their task, the one page that shows it.
        assertThat(pageText(lead, respond.path())).contains(concern);
        safeguarding.respond(respond.id(), lead, plant(ConfidentialText.SAFEGUARDING_RESPONSE, lead, a));
        sessions.log(journey.task(coachA.username(), caseA, RelationshipProcess.TASK_LOG_SESSION).id(), coachA,
                new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.PHONE,
                        plant(ConfidentialText.SESSION_NOTES, coachA, a), plant(ConfidentialText.AGREED_ACTIONS, coachA, a)));
        journey.answer(coachA.username(), caseA, RelationshipProcess.TASK_NEXT_STEP, Map.of("nextStep", "REVIEW"));
        journey.answer(coachA.username(), caseA, RelationshipProcess.TASK_HOLD_REVIEW,
                Map.of("summary", plant(ConfidentialText.REVIEW_AND_OBSERVATIONS, coachA, a)));
        journey.answer("sponsor", caseA, RelationshipProcess.TASK_RECORD_OBSERVATIONS,
                Map.of("observations", plant(ConfidentialText.REVIEW_AND_OBSERVATIONS, sponsor, a)));
        journey.answer(thinkerA.username(), caseA, RelationshipProcess.TASK_EVALUATE, Map.of("confidence", "4",
                "performance", "4", "leadership", "3",
                "comment", plant(ConfidentialText.EVALUATION_AND_FOLLOW_UP, thinkerA, a)));
        journey.answer(coachA.username(), caseA, RelationshipProcess.TASK_REFLECT,
                Map.of("reflection", plant(ConfidentialText.REFLECTION, coachA, a)));

        // Case B: a draft half written, then the thinker ends the relationship early.
        var thinkerB = users.get(pool.thinker());
        var coachB = users.get(pool.coach());
        var b = new Parts(thinkerB, sponsor, coachB, Set.of(coachB.id()));
        CaseId caseB = journey.toSessions(thinkerB.username(), coachB.username(),
                plant(ConfidentialText.REQUEST_GOALS, thinkerB, b));
        WorkItem logB = journey.task(coachB.username(), caseB, RelationshipProcess.TASK_LOG_SESSION);
        drafts.save(logB.id(), coachB, Map.of("notes", plant(ConfidentialText.DRAFTS, coachB, b)));
        // Its author finds it on the task, the one page that shows it, and nobody else sees it there.
        for (var who : List.of(coachB, thinkerB, poolAdmin)) {
            assertThat(pageText(who, logB.path()).contains(planted.getLast().marker())).as(who.username())
                    .isEqualTo(who == coachB);
        }
        sessions.endEarly(caseB, thinkerB, plant(ConfidentialText.EARLY_END_REASON, thinkerB, b));
        journey.answer("pooladmin", caseB, RelationshipProcess.TASK_DECIDE_AFTER_EARLY_END, Map.of(
                "earlyEndDecision", "CLOSE", "reason", plant(ConfidentialText.TRIAGE_REASON, poolAdmin, b)));
        journey.answer(thinkerB.username(), caseB, RelationshipProcess.TASK_EVALUATE, Map.of("confidence", "4",
                "performance", "4", "leadership", "3"));
        journey.answer(coachB.username(), caseB, RelationshipProcess.TASK_REFLECT,
                Map.of("reflection", plant(ConfidentialText.REFLECTION, coachB, b)));

        // Case C: signposted elsewhere at triage, with guidance for the thinker.
        var thinkerC = users.get(pool.thinker());
        var c = new Parts(thinkerC, sponsor, null, Set.of());
        CaseId caseC = requests.submit(thinkerC, new NewRequest(KindWanted.COACHING, Set.of(DevelopmentArea.LEADERSHIP),
                plant(ConfidentialText.REQUEST_GOALS, thinkerC, c), sponsor.id()), UUID.randomUUID());
        endorsements.decide(journey.task("sponsor", caseC, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));
        triage.decide(journey.task("pooladmin", caseC, RelationshipProcess.TASK_TRIAGE).id(), poolAdmin,
                TriageDecision.SIGNPOST, plant(ConfidentialText.TRIAGE_REASON, poolAdmin, c),
                plant(ConfidentialText.TRIAGE_GUIDANCE, poolAdmin, c));

        // An offer to join the pool.
        var applicant = users.get(pool.thinker());
        onboarding.offer(applicant, MemberKind.COACH, plant(ConfidentialText.JOINING_OFFER, applicant, Parts.NONE),
                plant(ConfidentialText.JOINING_OFFER, applicant, Parts.NONE));

        var cases = List.of(caseA, caseB, caseC);
        var lateTasks = List.of(respond.path());
        await().atMost(Duration.ofSeconds(30)).until(() -> this.cases.find(caseA).orElseThrow().stage().isFinal()
                && this.cases.find(caseB).orElseThrow().stage().isFinal()
                && this.cases.find(caseC).orElseThrow().stage().isFinal()
                && worklist.inbox(poolAdmin).stream().anyMatch(i -> i.path().contains("review-interest")));

        var everyone = new LinkedHashMap<String, CurrentUser>();
        for (String demo : List.of("thinker", "sponsor", "coach1", "coach2", "coach3", "pooladmin", "processadmin")) {
            everyone.put(demo, users.get(demo));
        }
        for (var person : List.of(thinkerA, coachA, decliner, thinkerB, coachB, thinkerC, applicant,
                users.get(pool.coach()))) {
            everyone.put(person.username(), person);
        }
        Map<String, String> seenOnPages = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        for (var who : everyone.values()) {
            for (String route : routesFor(who, cases, everyone.values(), lateTasks)) {
                String text = pageText(who, route);
                seenOnPages.merge(who.username(), "\n== /" + route + "\n" + text, String::concat);
                check(leaks, "the page /" + route, who, text);
            }
        }
        for (var seen : seenOnPages.entrySet()) {
            // What each person's pages showed, for whoever looks into a failure.
            Files.writeString(Path.of("target", "pages-seen-by-" + seen.getKey() + ".txt"), seen.getValue());
        }
        // Copies of records: the pool team's, and each person's own.
        var own = new HashMap<String, String>();
        for (var subject : everyone.values()) {
            check(leaks, "the pool team's copy of " + subject.username() + "'s records", poolAdmin,
                    new String(subjectAccess.copyFor(subject.id(), poolAdmin), StandardCharsets.UTF_8));
            own.put(subject.username(), new String(subjectAccess.ownCopy(subject), StandardCharsets.UTF_8));
            check(leaks, "their own copy of their records", subject, own.get(subject.username()));
        }
        // The checks can see: what is allowed is there to be found.
        assertThat(own.get(coachA.username())).contains(markerOf(ConfidentialText.SESSION_NOTES))
                .contains(markerOf(ConfidentialText.REFLECTION));
        assertThat(own.get(thinkerA.username())).contains(markerOf(ConfidentialText.AGREED_ACTIONS))
                .contains(markerOf(ConfidentialText.EVALUATION_AND_FOLLOW_UP));
        assertThat(own.get(thinkerB.username())).contains(markerOf(ConfidentialText.EARLY_END_REASON));
        assertThat(own.get(applicant.username())).contains(markerOf(ConfidentialText.JOINING_OFFER));
        assertThat(seenOnPages.get("pooladmin")).contains(markerOf(ConfidentialText.TRIAGE_REASON))
                .contains(markerOf(ConfidentialText.OFFER_AND_CHEMISTRY_REASONS))
                .contains(markerOf(ConfidentialText.READINESS));
        assertThat(seenOnPages.get("sponsor")).contains(markerOf(ConfidentialText.CONTRACT_TERMS))
                .contains(markerOf(ConfidentialText.REVIEW_AND_OBSERVATIONS));
        assertThat(seenOnPages.get(thinkerC.username())).contains(markerOf(ConfidentialText.TRIAGE_GUIDANCE));
        // Outputs that carry no text at all, whoever reads them.
        String allMail = mail.find(new MailFilter(null, null, null, 5000), poolAdmin).stream()
                .map(EveryOutputKeepsTheStatementTest::mailText).collect(Collectors.joining("\n"));
        checkNone(leaks, "the emails and calendar invitations", allMail);
        String auditText = audit.find(new AuditFilter(null, null, null, 5000), poolAdmin).stream()
                .map(AuditEntry::detail).collect(Collectors.joining("\n"));
        checkNone(leaks, "the audit log", auditText);
        checkNone(leaks, "the app's log", appLog.getAll());
        var report = reports.report(reports.currentYear(), ImpactReports.Filter.ALL, poolAdmin);
        checkNone(leaks, "the impact report's tables and their CSV", report.tables().stream()
                .map(t -> t.title() + "\n" + t.csv()).collect(Collectors.joining("\n")));
        String engine = engineFiles();
        assertThat(engine).as("the engine's files hold the case's variables").contains(caseA.toString());
        checkNone(leaks, "the engine's log and state (every variable it held)", engine);
        assertThat(allMail).contains(this.cases.find(caseA).orElseThrow().reference());

        assertThat(leaks).as("text found where the statement does not allow it").isEmpty();
        assertThat(planted.stream().map(Planted::kind).distinct())
                .as("every kind of text in the statement was planted and checked")
                .containsExactlyInAnyOrder(ConfidentialText.values());
    }

    /** What the page shows the person; nothing if they may not open it. */
    private String pageText(CurrentUser who, String route) {
        try {
            signInAndOpen(who.username(), route);
        } catch (MockAccessDeniedException refused) {
            return "";
        }
        return allText(UI.getCurrent());
    }

    private void offer(CaseId id, CurrentUser coach) {
        worklist.complete(journey.task("pooladmin", id, RelationshipProcess.TASK_CHOOSE_MATCH).id(),
                RelationshipProcess.TASK_CHOOSE_MATCH, users.get("pooladmin"),
                Map.of("matchMode", "OFFER_ONE", "offeredCoach", coach.username()));
    }

    private String markerOf(ConfidentialText kind) {
        return planted.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow().marker();
    }

    /**
     * Every page a person may open: each page without parameters, each case's pages, each task of
     * the cases (open and done), and each person's records page and profile.
     */
    private List<String> routesFor(CurrentUser who, List<CaseId> cases, Collection<CurrentUser> people,
            List<String> otherTasks) {
        var routes = new ArrayList<String>(otherTasks);
        signInAndOpen(who.username(), "how-it-works");
        for (var route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (!route.getTemplate().contains(":")) {
                routes.add(route.getTemplate());
            }
        }
        for (CaseId id : cases) {
            routes.addAll(List.of("cases/" + id, "cases/" + id + "/meetings", "cases/" + id + "/safeguarding"));
            worklist.ofCase(id).forEach(item -> routes.add(item.path()));
        }
        worklist.inbox(users.get("pooladmin")).stream().filter(i -> i.caseId() == null)
                .forEach(item -> routes.add(item.path()));
        for (var person : people) {
            routes.add("records/person/" + person.id().value());
            routes.add("profile/" + person.id().value());
        }
        routes.removeAll(List.of("login", "processes"));
        return routes;
    }

    /** Whether the statement lets this person read this planted text. */
    private boolean allowed(Planted text, CurrentUser who) {
        var readers = text.kind().readers();
        var parts = text.parts();
        return readers.contains(ConfidentialText.Reader.AUTHOR) && who.id().equals(text.author().id())
                || readers.contains(ConfidentialText.Reader.THINKER) && is(who, parts.thinker())
                || readers.contains(ConfidentialText.Reader.SPONSOR) && is(who, parts.sponsor())
                || readers.contains(ConfidentialText.Reader.COACH) && (is(who, parts.coach())
                        || text.kind() == ConfidentialText.REQUEST_GOALS && parts.offered().contains(who.id()))
                || readers.contains(ConfidentialText.Reader.POOL_TEAM)
                        && who.has(Role.POOL_ADMIN)
                || readers.contains(ConfidentialText.Reader.SAFEGUARDING_LEAD) && who.username().equals("processadmin");
    }

    private static boolean is(CurrentUser who, CurrentUser part) {
        return part != null && who.id().equals(part.id());
    }

    private void check(List<String> leaks, String output, CurrentUser who, String seen) {
        for (var text : planted) {
            if (text.kind() == ConfidentialText.READINESS && output.equals("the page /request")) {
                // The request form offers every answer to everyone who may ask: they are its words, not an answer.
                continue;
            }
            if (seen.contains(text.marker()) && !allowed(text, who)) {
                leaks.add(text.kind() + " (" + text.marker() + ") reached " + who.username() + " through " + output);
            }
        }
    }

    private void checkNone(List<String> leaks, String output, String seen) {
        for (var text : planted) {
            if (seen.contains(text.marker())) {
                leaks.add(text.kind() + " (" + text.marker() + ") is in " + output);
            }
        }
    }

    private static String mailText(SentMail message) {
        return message.subject() + "\n" + message.body() + "\n"
                + (message.calendar() == null ? "" : message.calendar().content());
    }

    /** Everything under the data folder but the database's own files: the engine's log and its state. */
    private String engineFiles() throws IOException {
        var text = new StringBuilder();
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (underDatabase(file)) {
                    continue;
                }
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return new String(text.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private boolean underDatabase(Path file) {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(dataDir); folder = folder.getParent()) {
            if (Files.exists(folder.resolve("PG_VERSION"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every text node, value, label, helper text and title of a screen: the element tree walked
     * whole, and the component tree too, for components whose elements are attached elsewhere.
     */
    private static String allText(Component root) {
        var text = new StringBuilder();
        var seen = Collections.newSetFromMap(new IdentityHashMap<Element,
                Boolean>());
        collect(root, text, seen);
        return text.toString();
    }

    private static void collect(Component component, StringBuilder text,
            Set<Element> seen) {
        if (component instanceof HasValue<?, ?> field && field.getValue() != null) {
            text.append(field.getValue()).append('\n');
        }
        collect(component.getElement(), text, seen);
        component.getChildren().forEach(child -> collect(child, text, seen));
    }

    private static void collect(Element element, StringBuilder text,
            Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        for (String property : List.of("label", "helperText", "title", "value", "placeholder", "innerHTML")) {
            Object value = element.getPropertyRaw(property);
            if (value != null) {
                text.append(value).append('\n');
            }
        }
        for (String attribute : element.getAttributeNames().toList()) {
            text.append(element.getAttribute(attribute)).append('\n');
        }
        element.getChildren().forEach(child -> collect(child, text, seen));
    }
}
