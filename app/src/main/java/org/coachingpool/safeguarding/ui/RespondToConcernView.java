package org.coachingpool.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.UkDates;
import org.coachingpool.safeguarding.Concern;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.safeguarding.SafeguardingProcess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The safeguarding lead reads a concern, acts on it outside the service, and records what they did. */
@Route(value = TaskRoute.PREFIX + SafeguardingProcess.TASK_RESPOND + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Respond to a safeguarding concern | Coaching Pool")
@PermitAll
public class RespondToConcernView extends VerticalLayout implements BeforeEnterObserver {

    final TextArea response = new TextArea("What you did");
    final Button send = new Button("Record and close");
    final ErrorSummary errors = new ErrorSummary();
    private final Safeguarding safeguarding;
    private final TaskPages pages;
    private final CurrentUser lead;
    private WorkItemId itemId;

    public RespondToConcernView(Safeguarding safeguarding, TaskPages pages, CurrentUsers users) {
        this.safeguarding = safeguarding;
        this.pages = pages;
        this.lead = users.require();
        setMaxWidth("48rem");
        response.setWidthFull();
        CharacterCount.attach(response, Safeguarding.TEXT_MAX, "Who you referred it to, and what the coach or mentor "
                + "was told. Only you can read this.");
        errors.bind("response", response);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> TaskPages.submit(errors, () -> safeguarding.respond(itemId, lead, response.getValue()),
                "Done: what you did is recorded.", send));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, lead, id -> {
            Concern concern = safeguarding.concern(id, lead);
            add(new H1("Respond to a safeguarding concern"),
                    new Paragraph("Only you can see this concern. Act on it under your organisation's safeguarding "
                            + "policy, then record here what you did."),
                    details(concern), new H2("What you did"), errors, response, send);
        }).orElse(null);
    }

    static DescriptionList details(Concern concern) {
        var list = new DescriptionList();
        list.addClassName("summary-list");
        row(list, "Raised", UkDates.dateTime(concern.raisedAt()));
        row(list, "By", concern.raisedByName() + (concern.raisedByEmail() == null ? "" : ", " + concern.raisedByEmail()));
        row(list, "About", concern.thinkerName() + (concern.thinkerEmail() == null ? "" : ", " + concern.thinkerEmail())
                + " (case " + concern.caseReference() + ")");
        row(list, "The risk", concern.risk().label());
        row(list, "Told them first", concern.thinkerTold().label());
        row(list, "What you need to know", concern.whatHappened());
        return list;
    }

    private static void row(DescriptionList list, String term, String value) {
        var text = new DescriptionList.Description(value);
        text.getStyle().set("white-space", "pre-wrap");
        list.add(new DescriptionList.Term(term), text);
    }
}
