package org.coachingpool.request.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.RequestProgress;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * The confirmation after a request is sent (GOV.UK confirmation page): the reference, and what
 * happens next as it really is. The sponsor is said to be asked only once their task exists; a
 * start held up on our side says so, and that the pool team knows.
 */
@Route(value = "request/sent/:id", layout = MainLayout.class)
@PageTitle("Request sent | Coaching Pool")
@RolesAllowed(Role.THINKER_ROLE)
public class RequestSentView extends VerticalLayout implements BeforeEnterObserver {

    /** How long the page keeps checking before it leaves the thinker with the case page. */
    static final int CHECKS = 30;

    private final Requests requests;
    private final Cases cases;
    private final CurrentUser thinker;
    final Paragraph next = new Paragraph();
    private CaseSummary summary;
    private int checks;
    private Registration pollRegistration;

    public RequestSentView(Requests requests, Cases cases, CurrentUsers users) {
        this.requests = requests;
        this.cases = cases;
        this.thinker = users.require();
        setMaxWidth("48rem");
        next.addClassName("request-next");
        next.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            var id = new CaseId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
            summary = cases.find(id, thinker).filter(c -> c.thinker().equals(thinker.id())).orElse(null);
        } catch (IllegalArgumentException e) {
            summary = null;
        }
        if (summary == null) {
            add(new H1("Request not found"), new Paragraph("This is not a request of yours."));
            return;
        }
        var panel = new Div(new H1("Request sent"), new Paragraph("Your reference is"),
                new Div(summary.reference()));
        panel.addClassName("confirmation-panel");
        panel.getChildren().skip(2).findFirst().ifPresent(c -> c.addClassName("confirmation-reference"));
        add(panel, new H2("What happens next"), next,
                new Paragraph("Once your sponsor supports it, the pool team looks at what would help most and finds "
                        + "you a coach or mentor. You can follow every step on the page for your request."),
                new Anchor(CaseNavigation.path(summary.id()), "Follow your request (" + summary.reference() + ")"),
                new Anchor("", "Back to your tasks"));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (summary == null) {
            return;
        }
        // The sponsor's task may have arrived since the page was built: show where it is now.
        var now = progress();
        show(now);
        if (now == RequestProgress.PASSING_ON) {
            checks = 0;
            attach.getUI().setPollInterval(1000);
            pollRegistration = attach.getUI().addPollListener(poll -> {
                var later = progress();
                show(later);
                if (later != RequestProgress.PASSING_ON || ++checks >= CHECKS) {
                    poll.getSource().setPollInterval(-1);
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
    }

    private RequestProgress progress() {
        try {
            return requests.progress(summary.id(), thinker);
        } catch (InvalidInputException e) {
            return RequestProgress.DELAYED;
        }
    }

    void show(RequestProgress progress) {
        next.setText(switch (progress) {
            case SPONSOR_ASKED -> summary.sponsorName() + " has been asked to support your request. You do not need to"
                    + " do anything until they have.";
            case PASSING_ON -> "We are passing your request to " + summary.sponsorName() + ", your sponsor.";
            case DELAYED -> "There is a delay in passing your request to " + summary.sponsorName() + ". The pool team"
                    + " has been told and will put it right. You do not need to send it again.";
        });
    }
}
