package org.coachingpool.worklist.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;

/** A task whose form is not part of this version of the app: shown, not completable here. */
@Route(value = "tasks/:form/:item", layout = MainLayout.class)
@PageTitle("Task | Coaching Pool")
@PermitAll
public class GenericTaskView extends VerticalLayout implements BeforeEnterObserver {

    private final Worklist worklist;
    private final CurrentUsers users;

    public GenericTaskView(Worklist worklist, CurrentUsers users) {
        this.worklist = worklist;
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            WorkItem item = worklist.get(WorkItemId.parse(event.getRouteParameters().get("item").orElse("")),
                    users.require());
            add(new H2(item.title()), new Paragraph("Case " + item.caseReference()),
                    new Paragraph("The form for this task is not available in this version yet."));
        } catch (WorkItemUnavailableException | IllegalArgumentException e) {
            add(new H2("Task not found"), new Paragraph("This task does not exist or is not yours."));
        }
    }
}
