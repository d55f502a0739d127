package org.coachingpool.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coachingpool.platform.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules on the compiled code beside the module boundaries (those are Spring Modulith's, in
 * {@link ModulesTest}): who may open each view, what only the embedded runtime knows, one refusal,
 * the menu, typed text.
 */
class ArchitectureTest {

    static final String ROOT = "org.coachingpool";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static Set<String> features() {
        Set<String> features = new TreeSet<>();
        classes.forEach(c -> {
            String rest = c.getPackageName().startsWith(ROOT + ".") ? c.getPackageName().substring(ROOT.length() + 1) : "";
            if (!rest.isEmpty()) {
                features.add(rest.split("\\.")[0]);
            }
        });
        return features;
    }

    @Test
    void theFeaturesAreThere() {
        assertThat(features()).contains("request", "worklist", "security", "cases", "modeller", "embedded");
    }

    @Test
    void onlyTheEmbeddedRuntimeKnowsItIsEmbedded() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".embedded..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".embedded..",
                        "io.camunda.zeebe.process.test..")
                .because("features must run unchanged against a Camunda 8 cluster")
                .check(classes);
    }

    @Test
    void everyViewAndLayoutDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).or().implement(RouterLayout.class)
                .should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("a view without an access annotation is a hole or an accident")
                .check(classes);
    }

    @Test
    void onlyTheLoginViewTheAccessibilityStatementAndTheOneTimePasswordLinkAreOpenToAnonymousVisitors() {
        // The statement must be readable before signing in (Public Sector Bodies Accessibility Regulations);
        // a one-time link is opened by someone who has no password yet.
        classes().that().areAnnotatedWith(AnonymousAllowed.class).and().areAnnotatedWith(Route.class)
                .should().haveSimpleName("LoginView").orShould().haveSimpleName("AccessibilityStatementView")
                .orShould().haveSimpleName("SetPasswordView")
                .check(classes);
    }

    /**
     * Text people type reaches the server when they leave the field, never on a timer: a timed
     * value arrives after a quick click and the button acts on what was there before. Only search
     * boxes, which store nothing, filter as people type.
     */
    @Test
    void typedTextIsNeverSentOnATimerExceptBySearchBoxes() {
        Set<String> searchBoxes = Set.of("AuditLogView", "InboxView", "SentMailView", "PeopleView", "MigrationView");
        for (String mode : List.of("LAZY", "TIMEOUT", "EAGER")) {
            noClasses().that(DescribedPredicate.describe("are not search views",
                            (JavaClass c) -> !searchBoxes.contains(
                                    c.getSimpleName().replaceAll("\\$.*", ""))))
                    .should().accessField(ValueChangeMode.class, mode)
                    .because("a debounced value is lost when a button is pressed before it is sent")
                    .check(classes);
        }
    }

    /**
     * One refusal: services check access with {@code CurrentUser.require} and throw
     * {@code NotAllowedException}, which the one UI error handler and the not-yours page answer.
     * Spring's own exception, or a validation error, would be shown as something else.
     */
    @Test
    void servicesRefuseWithOneExceptionType() {
        noClasses().should().dependOnClassesThat()
                .areAssignableTo("org.springframework.security.access.AccessDeniedException")
                .because("a refusal is a NotAllowedException (CurrentUser.require)")
                .check(classes);
        noClasses().should().haveSimpleNameStartingWith("Require")
                .orShould().callMethodWhere(DescribedPredicate.describe("a private access helper",
                        call -> call.getTarget().getName().matches("require(Admin|PoolTeam|ProcessAdmin)")
                                && !call.getTargetOwner().getSimpleName().equals("CurrentUser")))
                .because("access is checked by CurrentUser.require, not by a copy in each service")
                .check(classes);
    }

    /** The side menu is built from the views (ADR 0032): every entry names a view that is a route. */
    @Test
    void everyMenuEntryIsOnARoute() {
        classes().that().areAnnotatedWith(MenuItem.class).or().areAnnotatedWith(MenuItem.List.class)
                .should().beAnnotatedWith(Route.class)
                .check(classes);
    }
}
