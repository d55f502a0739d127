package org.coachingpool.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coachingpool.worklist.TaskRoute;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032: a user task's form key is the route segment of its page. Every form key in the
 * shipped processes opens a page (its own view, or the generic form page that knows the form),
 * and every task view answers a form key some process uses.
 */
class TaskRoutesFollowFormKeysTest {

    static final Path PROCESSES = Path.of("..", "processes", "src", "main", "resources", "processes");
    static final Pattern FORM_KEY = Pattern.compile("formKey=\"([^\"]+)\"");
    static final Pattern TASK_VIEW = Pattern.compile(Pattern.quote(TaskRoute.PREFIX) + "([a-z-]+)"
            + Pattern.quote(TaskRoute.ITEM_SUFFIX));

    @Test
    void everyFormKeyInTheProcessesOpensAPageAndEveryTaskViewServesAFormKey() throws IOException {
        Set<String> formKeys = new TreeSet<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                FORM_KEY.matcher(Files.readString(file)).results().forEach(found -> formKeys.add(found.group(1)));
            }
        }
        Set<String> routes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coachingpool").stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .map(c -> c.getAnnotationOfType(Route.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ownViews = routes.stream().map(TASK_VIEW::matcher).filter(m -> m.matches()).map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> generic = new FormCatalogue(null).formKeys();

        assertThat(formKeys).as("form keys in processes/").isNotEmpty();
        assertThat(routes).as("the generic form page").contains(TaskRoute.ANY_FORM);
        assertThat(formKeys).allSatisfy(key -> assertThat(ownViews.contains(key) || generic.contains(key))
                .as("form key %s has a page: a view at %s%s%s or a form in the catalogue", key, TaskRoute.PREFIX,
                        key, TaskRoute.ITEM_SUFFIX)
                .isTrue());
        assertThat(formKeys).as("form keys the task views serve").containsAll(ownViews);
        assertThat(ownViews).as("no form has both a view and a catalogue entry").doesNotContainAnyElementsOf(generic);
    }
}
