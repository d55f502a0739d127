package org.coachingpool.incidents;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.incidents.repository.CaseProblemRepository;
import org.coachingpool.definitions.ProcessDefinitions;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases that cannot move, so that none stops silently: engine incidents copied from the
 * engine's own report (see {@link IncidentFeed}) and cases whose process did not start. Pool
 * admins see what, where, since when and the engine's message, and can try again once the
 * cause is fixed; the people in a case see only that there is a delay the pool team knows of.
 */
@Service
public class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);
    static final int MESSAGE_MAX = 2000;
    /** Retries a job gets back when an admin tries again; the same as the model's default. */
    static final int RETRIES_ON_RETRY = 3;

    private final CaseProblemRepository problems;
    private final IncidentFeed feed;
    private final ProcessDefinitions definitions;
    private final CamundaClient client;
    private final ObjectProvider<CaseStartRetry> starts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Which case ids are stored, and their references. */
    private final Cases cases;
    private final AtomicBoolean feedWasDown = new AtomicBoolean();

    Incidents(CaseProblemRepository problems, IncidentFeed feed, ProcessDefinitions definitions, CamundaClient client,
            ObjectProvider<CaseStartRetry> starts, Clock clock, ApplicationEventPublisher events, Cases cases) {
        this.cases = cases;
        this.events = events;
        this.problems = problems;
        this.feed = feed;
        this.definitions = definitions;
        this.client = client;
        this.starts = starts;
        this.clock = clock;
    }

    /**
     * Brings the stored list in line with the engine's: new incidents are recorded, those the
     * engine no longer reports are marked resolved. When the engine cannot answer, nothing
     * changes.
     */
    @Scheduled(fixedDelayString = "${coachingpool.incidents.sync-interval:5s}",
            initialDelayString = "${coachingpool.incidents.sync-interval:5s}")
    @Transactional
    public void sync() {
        List<EngineIncident> open;
        try {
            open = feed.open();
        } catch (IncidentFeedUnavailableException e) {
            if (!feedWasDown.getAndSet(true)) {
                log.warn("Cannot list engine incidents ({}); cases stopped by one are not flagged until it answers",
                        e.getMessage());
            }
            return;
        }
        if (feedWasDown.getAndSet(false)) {
            log.info("Engine incidents can be listed again");
        }
        var now = clock.instant();
        // An engine variable is not trusted blindly: only a case that is stored is named. One look-up a pass.
        var stored = cases.byIds(open.stream().flatMap(incident -> incident.caseId().stream())
                .collect(Collectors.toSet())).keySet();
        for (EngineIncident incident : open) {
            String step = definitions.elementName(incident.processDefinitionKey(), incident.elementId())
                    .filter(name -> !name.isBlank()).orElse(incident.elementId());
            var shortened = new EngineIncident(incident.incidentKey(), incident.caseId(),
                    incident.processInstanceKey(), incident.processDefinitionKey(), incident.bpmnProcessId(),
                    incident.elementId(), incident.errorType(), shorten(incident.message()), incident.jobKey(),
                    incident.createdAt());
            CaseId knownCase = incident.caseId().filter(stored::contains).orElse(null);
            if (problems.recordIncident(shortened, knownCase, step, now)) {
                log.warn("Incident {} stops {} at '{}': {}", incident.incidentKey(),
                        incident.caseId().map(id -> "case " + id).orElse("a process outside any case"), step,
                        incident.message());
            }
        }
        problems.resolveIncidentsOtherThan(open.stream().map(EngineIncident::incidentKey).toList(), now);
    }

    /** Called by the feature that starts cases when the engine did not take the start. */
    @Transactional
    public void processDidNotStart(CaseId caseId, String message) {
        problems.recordNotStarted(caseId, shorten(message == null ? "no message" : message), clock.instant());
    }

    /** Called by the feature that starts cases once the engine took the start. */
    @Transactional
    public void processStarted(CaseId caseId) {
        problems.resolveNotStarted(caseId, clock.instant());
    }

    /** Every open problem, for the pool admins' board; empty for anyone else. */
    public List<CaseProblem> open(CurrentUser viewer) {
        return viewer.has(Role.POOL_ADMIN) ? withReferences(problems.open()) : List.of();
    }

    /** The open problems of one case, keyed by case, for pool admins; empty for anyone else. */
    public Map<CaseId, List<CaseProblem>> openByCase(CurrentUser viewer) {
        return byCase(open(viewer));
    }

    /** Open problems grouped by their case; those outside any case are left out. */
    public static Map<CaseId, List<CaseProblem>> byCase(List<CaseProblem> problems) {
        return problems.stream().filter(p -> p.caseId().isPresent())
                .collect(Collectors.groupingBy(p -> p.caseId().get()));
    }

    /** One case's open problems with the engine's message, for pool admins; empty for anyone else. */
    public List<CaseProblem> openFor(CaseId caseId, CurrentUser viewer) {
        return viewer.has(Role.POOL_ADMIN) ? withReferences(problems.openFor(caseId)) : List.of();
    }

    /** The problems with their cases' references, which the cases feature keeps, in one look-up. */
    private List<CaseProblem> withReferences(List<CaseProblem> found) {
        var summaries = cases.byIds(found.stream().flatMap(p -> p.caseId().stream()).collect(Collectors.toSet()));
        return found.stream().map(p -> p.caseId().map(summaries::get).map(c -> p.withReference(c.reference()))
                .orElse(p)).toList();
    }

    /**
     * Whether something on our side holds the case up. Safe to tell the people in the case: it
     * says nothing of what or why.
     */
    public boolean isDelayed(CaseId caseId) {
        return problems.anyOpenFor(caseId);
    }

    /** Cases with an open problem, among the given ones. */
    public Set<CaseId> delayed(Collection<CaseId> cases) {
        return problems.withOpenProblems(cases);
    }

    /**
     * Tries the stopped step again: a job gets its retries back, the incident is resolved, and the
     * engine runs the step once more (a new incident appears if the cause is still there). A
     * process that did not start is started again.
     *
     * @throws NotAllowedException when the viewer may not retry
     * @throws InvalidInputException when the problem is already resolved
     */
    public void retry(ProblemId problemId, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, "Only the pool team can try a stopped case again.");
        var target = problems.retryTarget(problemId).orElseThrow(() -> new InvalidInputException("problem",
                "This problem has already been resolved. Reload the page to see the case as it is now."));
        var now = clock.instant();
        problems.markRetried(problemId, admin.username(), now);
        if (target.kind() == CaseProblem.Kind.NOT_STARTED) {
            starts.getObject().startAgain(target.caseId());
            return;
        }
        try {
            if (target.jobKey() != null) {
                client.newUpdateRetriesCommand(target.jobKey()).retries(RETRIES_ON_RETRY)
                        .requestTimeout(Duration.ofSeconds(10)).send().join();
            }
            client.newResolveIncidentCommand(target.incidentKey()).requestTimeout(Duration.ofSeconds(10)).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                // Resolved meanwhile (by another admin or in Operate): nothing left to do.
                problems.markResolved(problemId, now);
                return;
            }
            throw engineRefused(e);
        } catch (RuntimeException e) {
            throw engineRefused(e);
        }
    }

    /**
     * A decision whose result the stopped step uses, found in the live processes: working it out
     * again with the live table gives the case values it can use, once the table is put right.
     */
    public record DecisionBehind(String decisionId, String decisionName, String resultVariable) {
    }


    /** The decision behind a stopped step, if its result is what the step or the engine's message names. */
    public Optional<DecisionBehind> decisionBehind(ProblemId problemId, CurrentUser admin) {
        if (!admin.has(Role.POOL_ADMIN)) {
            return Optional.empty();
        }
        return problems.stoppedAt(problemId).flatMap(this::decisionBehind);
    }

    private Optional<DecisionBehind> decisionBehind(CaseProblemRepository.StoppedAt stopped) {
        String step = stepText(stopped);
        for (String processId : definitions.deployedProcessIds()) {
            String xml = liveContent(ResourceKind.PROCESS, processId).orElse("");
            for (var call : ProcessDefinitions.decisionCalls(xml)) {
                String result = call.resultVariable();
                if (result != null
                        && Pattern.compile("(?<![\\w.])" + Pattern.quote(result) + "(?![\\w])").matcher(step).find()) {
                    return Optional.of(new DecisionBehind(call.decisionId(), decisionName(call.decisionId()), result));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Works the decision behind the stopped step out again with the live table and the case's
     * facts, gives the case the result in place of the values it had, records what was set and
     * what the engine said before (on the case and in the audit log), and tries the step again.
     *
     * @throws InvalidInputException when there is no such decision, or the engine refuses
     */
    public void workOutAgainAndRetry(ProblemId problemId, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, "Only the pool team can put a stopped case right.");
        var stopped = problems.stoppedAt(problemId).orElseThrow(() -> new InvalidInputException("problem",
                "This problem has already been resolved. Reload the page to see the case as it is now."));
        var decision = decisionBehind(stopped).orElseThrow(() -> new InvalidInputException("problem",
                "No decision table gives what this step needs; fix the cause and try again."));
        if (stopped.caseId() == null || stopped.processInstanceKey() == null) {
            throw new InvalidInputException("problem", "This stopped process carries no case to work the table out for.");
        }
        String output;
        try {
            output = client.newEvaluateDecisionCommand().decisionId(decision.decisionId())
                    .variables(starts.getObject().startFacts(stopped.caseId()))
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getDecisionOutput();
            client.newSetVariablesCommand(stopped.processInstanceKey())
                    .variables("{\"" + decision.resultVariable() + "\":" + output + "}")
                    .requestTimeout(Duration.ofSeconds(10)).send().join();
        } catch (RuntimeException e) {
            throw engineRefused(e);
        }
        String correction = "'" + decision.decisionName() + "' worked out again with the live table, at "
                + UkDates.dateTime(clock.instant()) + " by " + admin.displayName() + ": "
                + decision.resultVariable() + " is now " + output + ". Before, the engine said: "
                + shorten(stopped.message());
        problems.recordCorrection(problemId, shorten(correction));
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.PROCESSES, "Stopped case "
                + stopped.caseId() + " at " + stopped.elementId() + ": " + shorten(correction)));
        retry(problemId, admin);
    }

    private String stepText(CaseProblemRepository.StoppedAt stopped) {
        StringBuilder text = new StringBuilder(stopped.message() == null ? "" : stopped.message());
        if (stopped.bpmnProcessId() != null && stopped.elementId() != null) {
            String xml = liveContent(ResourceKind.PROCESS, stopped.bpmnProcessId()).orElse("");
            String id = Pattern.quote(stopped.elementId());
            // The element itself, and the timers and events attached to it.
            var element = Pattern.compile("<(?:[\\w-]+:)?(\\w+)\\b[^>]*\\bid=\"" + id + "\"[\\s\\S]*?</(?:[\\w-]+:)?\\1>")
                    .matcher(xml);
            if (element.find()) {
                text.append('\n').append(element.group());
            }
            var attached = Pattern.compile("<(?:[\\w-]+:)?boundaryEvent\\b[^>]*attachedToRef=\"" + id
                    + "\"[\\s\\S]*?</(?:[\\w-]+:)?boundaryEvent>").matcher(xml);
            while (attached.find()) {
                text.append('\n').append(attached.group());
            }
        }
        return text.toString();
    }

    private Optional<String> liveContent(ResourceKind kind, String resourceId) {
        return definitions.versions(kind, resourceId).stream().findFirst()
                .flatMap(live -> definitions.content(kind, resourceId, live.version()));
    }

    private String decisionName(String decisionId) {
        var named = Pattern.compile("<(?:[\\w-]+:)?decision\\b[^>]*\\bid=\"" + Pattern.quote(decisionId) + "\"[^>]*>");
        for (var version : definitions.allVersions()) {
            if (version.kind() != ResourceKind.DECISION) {
                continue;
            }
            var found = named.matcher(liveContent(ResourceKind.DECISION, version.resourceId()).orElse(""));
            if (found.find()) {
                String name = ProcessDefinitions.attribute(found.group(), "name");
                return name == null || name.isBlank() ? decisionId : name;
            }
        }
        return decisionId;
    }

    private static InvalidInputException engineRefused(RuntimeException e) {
        log.warn("Retrying a stopped case failed", e);
        return new InvalidInputException("problem", "The engine did not take the retry (" + e.getMessage()
                + "). Try again in a minute; if it keeps failing, tell whoever runs the service.");
    }

    private static String shorten(String message) {
        return message.length() <= MESSAGE_MAX ? message : message.substring(0, MESSAGE_MAX - 1) + "\u2026";
    }

}
