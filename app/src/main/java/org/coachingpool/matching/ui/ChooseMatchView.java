package org.coachingpool.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Matching;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.WorkItemId;

/** The pool admin offers the case to one coach, a shortlist for the thinker, or the mentor list. */
@Route(value = "tasks/choose-match/:item", layout = MainLayout.class)
@PageTitle("Choose how to match | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class ChooseMatchView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskPages pages;

    final RadioButtonGroup<Matching.Mode> mode = new RadioButtonGroup<>("How to match");
    final CheckboxGroup<Candidate> candidates = new CheckboxGroup<>("Candidates, best first");
    final Button send = new Button("Send");
    private final Matching matching;
    private final CurrentUser user;
    private WorkItemId itemId;
    final ErrorSummary errors = new ErrorSummary();

    private final Requests requests;

    public ChooseMatchView(Matching matching, Requests requests, TaskPages pages, CurrentUsers users) {
        this.requests = requests;
        this.pages = pages;
        this.matching = matching;
        this.user = users.require();
        setMaxWidth("60rem");
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setItemLabelGenerator(m -> switch (m) {
            case OFFER_ONE -> "Offer to the one person selected";
            case SHORTLIST -> "Let the thinker choose from those selected (up to three)";
            case MENTOR_LIST -> "Offer to every mentor listed: the first to volunteer is matched";
        });
        candidates.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        candidates.setItemLabelGenerator(c -> c.rank() + ". " + c.displayName() + ", " + c.capacityLeft()
                + (c.capacityLeft() == 1 ? " place left" : " places left")
                + (c.otherOrganisation() ? ", another organisation" : ", same organisation"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> choose());
        errors.bind("mode", mode).bind("coaches", candidates).bind("coach", candidates);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> {
            List<Candidate> ranked = matching.candidatesFor(id, user);
            candidates.setItems(ranked);
            mode.setItems(matching.modesFor(id, user));
            add(new H1("Choose how to match"), new Paragraph(ranked.isEmpty()
                    ? "Nobody in the pool fits at the moment: no capacity, or everyone has been tried."
                    : "Candidates are ranked: another organisation first, then most places left. Select and choose."),
                    errors, candidates, mode, send);
            // The request beside the candidates: what the match is for.
            requests.details(matching.caseOf(id, user), user).ifPresent(r -> add(new RequestPanel("The request", r)));
        }).orElse(null);
    }

    private void choose() {
        TaskPages.submit(errors, () -> matching.choose(itemId, user, mode.getValue(),
                candidates.getValue().stream().sorted(java.util.Comparator.comparing(Candidate::rank))
                        .map(Candidate::username).toList()), "Done: the case is on its way.", send);
    }
}
