package org.coachingpool.modeller;

import com.vaadin.flow.router.Route;
import io.camunda.client.annotation.JobWorker;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.forms.FormCatalogue;
import org.coachingpool.pool.OnboardingProcess;
import org.coachingpool.safeguarding.SafeguardingProcess;
import org.coachingpool.security.Role;
import org.coachingpool.triage.Triage;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What this build of the app can do for a model, read from the app itself rather than listed by
 * hand: the job types its workers take, the task screens it has, the candidate groups and the
 * engine variables that name a person. A model asking for anything else cannot run here.
 */
@Component
class AppCapabilities {

    /** Variables the app sets to a person's username, usable as a task's assignee. */
    static final Set<String> PERSON_VARIABLES = Set.of(RelationshipProcess.VAR_THINKER,
            RelationshipProcess.VAR_SPONSOR, RelationshipProcess.VAR_COACH, RelationshipProcess.VAR_OFFERED_COACH,
            "mentor", OnboardingProcess.VAR_APPLICANT, SafeguardingProcess.VAR_LEAD);

    /** The messages the app publishes to start a process; a process started by no other is started by nothing. */
    static final Set<String> START_MESSAGES = Set.of(RelationshipProcess.MESSAGE_REQUESTED,
            OnboardingProcess.MESSAGE_INTEREST, SafeguardingProcess.MESSAGE_RAISED);

    private final ApplicationContext context;
    private final FormCatalogue catalogue;
    private volatile Set<String> jobTypes;
    private volatile Set<String> screens;

    AppCapabilities(ApplicationContext context, FormCatalogue catalogue) {
        this.context = context;
        this.catalogue = catalogue;
    }

    /** Job types some worker of the app takes; user tasks are the worklist's. */
    Set<String> jobTypes() {
        if (jobTypes == null) {
            Set<String> found = new TreeSet<>();
            for (String name : context.getBeanDefinitionNames()) {
                Class<?> type = context.getType(name, false);
                if (type == null) {
                    continue;
                }
                Class<?> target = ClassUtils.getUserClass(AopUtils.isAopProxy(type) ? type.getSuperclass() : type);
                for (var method : target.getDeclaredMethods()) {
                    JobWorker worker = method.getAnnotation(JobWorker.class);
                    if (worker != null && !worker.type().isBlank()) {
                        found.add(worker.type());
                    }
                }
            }
            jobTypes = Set.copyOf(found);
        }
        return jobTypes;
    }

    /**
     * Route segments of task screens: tasks/{segment}/{item}. A user task shows the screen named
     * by its form key, or by its element id when it has none.
     */
    Set<String> taskScreens() {
        if (screens == null) {
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            Set<String> found = new TreeSet<>();
            for (var candidate : scanner.findCandidateComponents("org.coachingpool")) {
                String route = routeOf(candidate.getBeanClassName());
                String[] parts = route.split("/");
                if (parts.length == 3 && parts[0].equals("tasks") && !parts[1].startsWith(":")) {
                    found.add(parts[1]);
                }
            }
            found.addAll(catalogue.formKeys());
            screens = Set.copyOf(found);
        }
        return screens;
    }

    Set<String> candidateGroups() {
        return Arrays.stream(Role.values()).map(Role::candidateGroup).filter(g -> g != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String routeOf(String className) {
        try {
            Route route = Class.forName(className, false, AppCapabilities.class.getClassLoader())
                    .getAnnotation(Route.class);
            return route == null ? "" : route.value();
        } catch (ClassNotFoundException e) {
            return "";
        }
    }

    /**
     * For each engine variable holding a decision's result that the app reads itself, the values
     * it knows; a decision table giving any other value is refused before it is deployed.
     */
    Map<String, Set<String>> decisionResults() {
        return Map.of(Triage.PROPOSAL_VARIABLE, Triage.PROPOSALS);
    }
}
