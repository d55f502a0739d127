package org.coachingpool.platform;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame around every signed-in view: the menu built from the views ({@link MenuItem}), who is
 * signed in, the demo marker.
 */
@AnonymousAllowed
@CssImport("./styles/layout.css")
@CssImport(value = "./styles/app-layout-print.css", themeFor = "vaadin-app-layout")
public class MainLayout extends AppLayout {

    /** The id of the page's own content, where the skip link goes. */
    public static final String MAIN_CONTENT = "main-content";

    final Span taskCount = new Span();
    private final TaskCount tasksWaiting;
    private final CurrentUser user;
    private AutoCloseable subscription;

    public MainLayout(CurrentUsers users, AuthenticationContext authentication, TaskCount tasksWaiting,
            @Value("${coachingpool.demo:false}") boolean demo) {
        CurrentUser user = users.require();
        // The app's name links home; the page's own heading is its one h1.
        var title = new Anchor("", "Coaching Pool");
        title.addClassName("app-name");
        var header = new HorizontalLayout(skip, new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        if (demo) {
            var badge = new Span("Demo mode: sample people and data");
            badge.addClassName("demo-badge");
            // Styled here rather than by the Lumo badge theme, which this bundle does not include.
            badge.getStyle().set("background", "var(--lumo-contrast-80pct)").set("color", "var(--lumo-base-color)")
                    .set("padding", "0.25em 0.75em").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
            header.add(badge);
        }
        var who = new Span(user.displayName());
        var signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var spacer = new Span();
        header.addAndExpand(spacer);
        header.add(who, signOut);
        addToNavbar(header);

        var nav = new SideNav();
        nav.setLabel("Main");
        taskCount.getStyle().set("background", "var(--lumo-primary-color)").set("color", "var(--lumo-primary-contrast-color)")
                .set("padding", "0 0.5em").set("border-radius", "1em").set("font-size", "var(--lumo-font-size-xs)")
                .set("font-weight", "600");
        taskCount.getElement().setAttribute("aria-label", "open tasks");
        this.tasksWaiting = tasksWaiting;
        this.user = user;
        showCount();
        for (var entry : menuFor(user)) {
            var item = new SideNavItem(entry.item().title(), entry.view());
            if (entry.item().countsTasks()) {
                item.setSuffixComponent(taskCount);
            }
            nav.addItem(item);
        }
        var statement = new Anchor("accessibility", "Accessibility statement");
        statement.addClassName("drawer-footer-link");
        addToDrawer(nav, statement);
        setPrimarySection(Section.DRAWER);
    }

    /** A menu entry and the view it opens. */
    record Entry(MenuItem item, Class<? extends Component> view) {
    }

    /** The entries of the views registered as routes that this person is shown, in order. */
    static List<Entry> menuFor(CurrentUser user) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget).distinct()
                .flatMap(view -> Arrays.stream(view.getAnnotationsByType(MenuItem.class))
                        .map(item -> new Entry(item, view)))
                .filter(entry -> shown(entry.item(), user))
                .sorted(Comparator.comparingInt((Entry entry) -> entry.item().order())
                        .thenComparing(entry -> entry.item().title()))
                .toList();
    }

    private static boolean shown(MenuItem item, CurrentUser user) {
        boolean forThem = item.forRoles().length == 0 || Arrays.stream(item.forRoles()).anyMatch(user::has);
        return forThem && Arrays.stream(item.notFor()).noneMatch(user::has);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", MAIN_CONTENT);
            content.getElement().setAttribute("role", "main");
        }
    }

    private void showCount() {
        int count = tasksWaiting.openFor(user);
        taskCount.setText(Integer.toString(count));
        taskCount.setVisible(count > 0);
    }

    /** First in the header, which comes before the drawer's links in tab order. */
    private final Anchor skip = skipLink();

    private static Anchor skipLink() {
        var skip = new Anchor("#" + MAIN_CONTENT, "Skip to main content");
        skip.addClassName("skip-link");
        // The router would take "#..." for a link to the home page: move focus in the browser instead.
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  if (!main) { return; }
                  // Focusable only while the skip link sends focus there (as GOV.UK Frontend does): a
                  // lasting tabindex on the content took the task list out of the Tab order.
                  main.setAttribute('tabindex', '-1');
                  main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
                  main.focus();
                });
                """, MAIN_CONTENT);
        return skip;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        subscription = tasksWaiting.onChange(user, () -> ui.access(this::showCount));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
