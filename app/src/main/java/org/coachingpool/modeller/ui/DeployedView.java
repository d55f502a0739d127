package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** The confirmation after a deploy or rollback: which version is live now and what it changed. */
@Route(value = "processes/:kind/:id/deployed/:version", layout = MainLayout.class)
@PageTitle("Deployed | Coaching Pool")
@RolesAllowed(Role.PROCESS_ADMIN_ROLE)
public class DeployedView extends VerticalLayout implements BeforeEnterObserver {

    private final ModelLibrary library;
    private final CurrentUser admin;

    public DeployedView(ModelLibrary library, CurrentUsers users) {
        this.library = library;
        this.admin = users.require();
        setMaxWidth("60rem");
    }

    static RouteParameters parameters(ModelLibrary.Deployment done) {
        return new RouteParameters(Map.of("kind", done.kind().name().toLowerCase(Locale.ROOT), "id", done.resourceId(),
                "version", String.valueOf(done.toVersion())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ResourceKind kind;
        int version;
        try {
            kind = ResourceKind.valueOf(event.getRouteParameters().get("kind").orElse("").toUpperCase(Locale.ROOT));
            version = Integer.parseInt(event.getRouteParameters().get("version").orElse(""));
        } catch (IllegalArgumentException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String id = event.getRouteParameters().get("id").orElse("");
        var change = library.changes(kind, id, admin).stream().filter(c -> c.toVersion() != null
                && c.toVersion() == version).findFirst();
        if (change.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var panel = new Div(new H1("Version " + version + " is live"),
                new Paragraph("The " + kind.label() + " " + id));
        panel.addClassName("confirmation-panel");
        var lines = new UnorderedList();
        change.get().difference().forEach(line -> lines.add(new ListItem(line)));
        add(panel, new H2("What happens next"),
                new Paragraph(kind == ResourceKind.PROCESS
                        ? "Cases that start from now on run on version " + version + ". Cases already running stay "
                                + "on the version they started on."
                        : "Cases use version " + version + " the next time they reach this decision."),
                new H2("What changed"), lines);
        if (kind == ResourceKind.PROCESS && change.get().fromVersion() != null) {
            var migrate = new RouterLink("Move the cases running on version " + change.get().fromVersion(),
                    MigrationView.class, new RouteParameters("id", id));
            migrate.setQueryParameters(MigrationView.fromVersion(change.get().fromVersion()));
            add(new Paragraph("Cases running on version " + change.get().fromVersion() + " stay there. If they should "
                    + "run on the new version too, move them."), migrate);
        }
        add(
                new RouterLink("See every version of " + id, ProcessDetailView.class,
                        ProcessDetailView.parameters(kind, id)),
                new RouterLink("Back to processes and decision tables", ProcessLibraryView.class));
    }
}
