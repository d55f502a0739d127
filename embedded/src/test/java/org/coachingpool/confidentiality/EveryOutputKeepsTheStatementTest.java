package org.coachingpool.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * A different marker in each kind of text people write on one real case, then everything each
 * person can reach is collected (their pages, their copy of their records, the pool team's
 * copies, every email and invitation, the audit log) along with the app's log and the engine's
 * log, where every variable it ever held is written. A marker found where {@link ConfidentialText}
 * does not allow it fails, naming the text, the person and the output.
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

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<ConfidentialText, String> markers = new EnumMap<>(ConfidentialText.class);

    private String marker(ConfidentialText text) {
        return markers.computeIfAbsent(text, t -> "Marker-" + t.name() + "-" + run);
    }

    /** The people of the case, by their part in it, and those outside it. */
    private record People(CurrentUser thinker, CurrentUser sponsor, CurrentUser coach, CurrentUser otherCoach,
            CurrentUser poolAdmin, CurrentUser lead) {
    }

    @Test
    void noTextReachesAnyoneTheStatementDoesNotNameByAnyOutput(CapturedOutput appLog) throws IOException {
        String thinkerName = pool.thinker();
        String coachName = pool.coach();
        var people = new People(users.get(thinkerName), users.get("sponsor"), users.get(coachName),
                users.get(pool.coach()), users.get("pooladmin"), users.get("processadmin"));
        safeguarding.nameLead(people.lead().id(), people.poolAdmin());

        CaseId id = journey.toSessions(thinkerName, coachName, marker(ConfidentialText.REQUEST_GOALS));
        WorkItem log = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        sessions.log(log.id(), people.coach(), new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.VIRTUAL,
                marker(ConfidentialText.SESSION_NOTES), marker(ConfidentialText.AGREED_ACTIONS)));
        WorkItem next = journey.task(coachName, id, RelationshipProcess.TASK_LOG_SESSION);
        drafts.save(next.id(), people.coach(), Map.of("notes", marker(ConfidentialText.DRAFTS)));
        safeguarding.raise(id, people.coach(), new NewConcern(Risk.HARM_TO_THINKER, ThinkerTold.YES,
                marker(ConfidentialText.SAFEGUARDING_CONCERN)), UUID.randomUUID());
        String concern = marker(ConfidentialText.SAFEGUARDING_CONCERN);
        WorkItem respond = await().atMost(Duration.ofSeconds(20)).until(() -> worklist.inbox(people.lead()).stream()
                .filter(i -> SafeguardingProcess.TASK_RESPOND.equals(i.elementId()))
                .filter(i -> safeguarding.concern(i.id(), people.lead()).whatHappened().equals(concern)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        safeguarding.respond(respond.id(), people.lead(), marker(ConfidentialText.SAFEGUARDING_RESPONSE));
        sessions.endEarly(id, people.thinker(), marker(ConfidentialText.EARLY_END_REASON));
        journey.answer("pooladmin", id, "decide-after-early-end", Map.of("earlyEndDecision", "CLOSE",
                "reason", "Closed as the thinker asked"));
        journey.answer(thinkerName, id, RelationshipProcess.TASK_EVALUATE, Map.of("confidence", "4", "performance",
                "4", "leadership", "3", "comment", marker(ConfidentialText.EVALUATION_AND_FOLLOW_UP)));
        journey.answer(coachName, id, RelationshipProcess.TASK_REFLECT,
                Map.of("reflection", marker(ConfidentialText.REFLECTION)));
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.find(id).orElseThrow().stage().isFinal());

        List<String> leaks = new ArrayList<>();
        // What each person's pages show.
        for (var who : List.of(people.thinker(), people.sponsor(), people.coach(), people.otherCoach(),
                people.poolAdmin(), people.lead())) {
            for (String route : List.of("cases/" + id, "relationships", "")) {
                signInAndOpen(who.username(), route);
                check(leaks, "the page /" + route, who, allText(UI.getCurrent()), part(people, who));
            }
        }
        // Copies of records: the pool team's, and each person's own.
        var own = new java.util.HashMap<String, String>();
        for (var subject : List.of(people.thinker(), people.coach())) {
            check(leaks, "the pool team's copy of " + subject.username() + "'s records", people.poolAdmin(),
                    new String(subjectAccess.copyFor(subject.id(), people.poolAdmin()), StandardCharsets.UTF_8),
                    Set.of(ConfidentialText.Reader.POOL_TEAM));
            own.put(subject.username(), new String(subjectAccess.ownCopy(subject), StandardCharsets.UTF_8));
            check(leaks, "their own copy of their records", subject, own.get(subject.username()), part(people, subject));
        }
        // The checks can see: what is allowed is there to be found.
        assertThat(own.get(coachName)).contains(marker(ConfidentialText.SESSION_NOTES));
        assertThat(own.get(thinkerName)).contains(marker(ConfidentialText.AGREED_ACTIONS))
                .contains(marker(ConfidentialText.EARLY_END_REASON))
                .contains(marker(ConfidentialText.EVALUATION_AND_FOLLOW_UP));
        assertThat(own.get(coachName)).contains(marker(ConfidentialText.REFLECTION));
        // Outputs that carry no text at all, whoever reads them.
        String allMail = mail.find(new MailFilter(null, null, null, 5000), people.poolAdmin()).stream()
                .map(EveryOutputKeepsTheStatementTest::mailText).collect(Collectors.joining("\n"));
        checkNone(leaks, "the emails and calendar invitations", allMail);
        String auditText = audit.find(new AuditFilter(null, null, null, 5000), people.poolAdmin()).stream()
                .map(AuditEntry::detail).collect(Collectors.joining("\n"));
        checkNone(leaks, "the audit log", auditText);
        checkNone(leaks, "the app's log", appLog.getAll());
        var report = reports.report(reports.currentYear(), ImpactReports.Filter.ALL, people.poolAdmin());
        checkNone(leaks, "the impact report's tables and their CSV", report.tables().stream()
                .map(t -> t.title() + "\n" + t.csv()).collect(Collectors.joining("\n")));
        String engine = engineFiles();
        assertThat(engine).as("the engine's files hold the case's variables").contains(id.toString());
        checkNone(leaks, "the engine's log and state (every variable it held)", engine);
        assertThat(allMail).contains(cases.find(id).orElseThrow().reference());

        assertThat(leaks).as("text found where the statement does not allow it").isEmpty();
        assertThat(markers).as("every kind of text planted was checked").hasSize(AUTHOR.size());
    }

    /** The parts a person plays in the case; {@link #AUTHOR} says which texts those parts wrote. */
    private Set<ConfidentialText.Reader> part(People people, CurrentUser who) {
        var parts = new java.util.HashSet<ConfidentialText.Reader>();
        if (who.id().equals(people.thinker().id())) {
            parts.add(ConfidentialText.Reader.THINKER);
        }
        if (who.id().equals(people.sponsor().id())) {
            parts.add(ConfidentialText.Reader.SPONSOR);
        }
        if (who.id().equals(people.coach().id())) {
            parts.add(ConfidentialText.Reader.COACH);
        }
        if (who.id().equals(people.poolAdmin().id())) {
            parts.add(ConfidentialText.Reader.POOL_TEAM);
        }
        if (who.id().equals(people.lead().id())) {
            parts.add(ConfidentialText.Reader.SAFEGUARDING_LEAD);
        }
        return parts;
    }

    /** Who wrote each planted text, by part. */
    private static final Map<ConfidentialText, ConfidentialText.Reader> AUTHOR = Map.of(
            ConfidentialText.REQUEST_GOALS, ConfidentialText.Reader.THINKER,
            ConfidentialText.SESSION_NOTES, ConfidentialText.Reader.COACH,
            ConfidentialText.AGREED_ACTIONS, ConfidentialText.Reader.COACH,
            ConfidentialText.DRAFTS, ConfidentialText.Reader.COACH,
            ConfidentialText.SAFEGUARDING_CONCERN, ConfidentialText.Reader.COACH,
            ConfidentialText.SAFEGUARDING_RESPONSE, ConfidentialText.Reader.SAFEGUARDING_LEAD,
            ConfidentialText.EARLY_END_REASON, ConfidentialText.Reader.THINKER,
            ConfidentialText.EVALUATION_AND_FOLLOW_UP, ConfidentialText.Reader.THINKER,
            ConfidentialText.REFLECTION, ConfidentialText.Reader.COACH);

    private void check(List<String> leaks, String output, CurrentUser who, String seen,
            Set<ConfidentialText.Reader> parts) {
        markers.forEach((text, marker) -> {
            boolean author = parts.contains(AUTHOR.get(text));
            boolean allowed = parts.stream().anyMatch(text.readers()::contains)
                    || author && text.readers().contains(ConfidentialText.Reader.AUTHOR);
            if (!allowed && seen.contains(marker)) {
                leaks.add(text + " reached " + who.username() + " through " + output);
            }
        });
    }

    private void checkNone(List<String> leaks, String output, String seen) {
        markers.forEach((text, marker) -> {
            if (seen.contains(marker)) {
                leaks.add(text + " is in " + output);
            }
        });
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

    /** Every text node, value, label and helper text of a screen. */
    private static String allText(Component root) {
        var text = new StringBuilder(root.getElement().getTextRecursively()).append('\n');
        root.getChildren().forEach(child -> collect(child, text));
        return text.toString();
    }

    private static void collect(Component component, StringBuilder text) {
        if (component instanceof HasValue<?, ?> field && field.getValue() != null) {
            text.append(field.getValue()).append('\n');
        }
        for (String property : List.of("label", "helperText", "title", "value")) {
            String value = component.getElement().getProperty(property);
            if (value != null) {
                text.append(value).append('\n');
            }
        }
        component.getChildren().forEach(child -> collect(child, text));
    }
}
