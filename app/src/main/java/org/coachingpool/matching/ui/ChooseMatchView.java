package org.coachingpool.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.matching.Criterion;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;

/** The pool admin offers the case to one coach, a shortlist for the thinker, or the mentor list. */
@Route(value = TaskRoute.PREFIX + RelationshipProcess.TASK_CHOOSE_MATCH + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Choose how to match | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class ChooseMatchView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskPages pages;

    final RadioButtonGroup<Matching.Mode> mode = new RadioButtonGroup<>("How to match");
    final CheckboxGroup<Candidate> candidates = new CheckboxGroup<>("Candidates, best first");
    final Button send = new Button("Send");
    final TextField lookUpName = new TextField("Name of a coach or mentor");
    final Button lookUp = new Button("Look up");
    final Div lookUpResults = new Div();
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
        candidates.setItemLabelGenerator(c -> c.rank() + ". " + c.displayName());
        candidates.setRenderer(new ComponentRenderer<>(ChooseMatchView::candidate));
        lookUpName.setHelperText("Someone you expected to see: find out why they are not listed, or where they rank");
        lookUpName.setWidth("24rem");
        lookUp.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        lookUp.addClickListener(e -> showLookUp());
        lookUpName.addKeyPressListener(Key.ENTER, e -> showLookUp());
        lookUpResults.getElement().setAttribute("aria-live", "polite");
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
                    ? "Nobody in the pool fits at the moment: no places free, or everyone who could has been tried."
                    : "Best match first. Each score adds up points for another organisation, specialism, how and "
                            + "where they meet, seniority (mentoring only), a fair spread of work and places free. "
                            + "Nobody in the thinker's line-management chain or team, the sponsor, or anyone who "
                            + "declined or did not go ahead is listed."),
                    new Anchor(RouteConfiguration.forSessionScope().getUrl(MatchingWeightsView.class),
                            "See or change how much each part counts"),
                    errors, candidates, mode, send,
                    new H2("Why is someone not listed?"), lookUpRow(), lookUpResults);
            // The request beside the candidates: what the match is for.
            requests.details(matching.caseOf(id, user), user).ifPresent(r -> add(new RequestPanel("The request", r)));
        }).orElse(null);
    }

    private HorizontalLayout lookUpRow() {
        var row = new HorizontalLayout(lookUpName, lookUp);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private static Component candidate(Candidate c) {
        var name = new Span(c.rank() + ". " + c.displayName() + ", " + c.organisation() + ": score " + c.score());
        name.getStyle().set("font-weight", "600");
        var reasons = new Span(c.reasonsInWords());
        var parts = new Span(Arrays.stream(Criterion.values()).filter(k -> c.points().containsKey(k))
                .map(k -> k.label() + " " + c.points().get(k)).collect(Collectors.joining(" · ")));
        parts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var block = new Div(name, new Div(reasons), new Div(parts));
        block.addClassName("candidate");
        return block;
    }

    private void showLookUp() {
        lookUpResults.removeAll();
        var found = matching.lookUp(itemId, user, lookUpName.getValue());
        if (lookUpName.getValue().isBlank()) {
            lookUpResults.add(new Paragraph("Enter part of a name."));
            return;
        }
        if (found.isEmpty()) {
            lookUpResults.add(new Paragraph("Nobody in the pool has a name containing \"" + lookUpName.getValue().strip()
                    + "\". They may not be a coach or mentor yet: add them under Pool."));
            return;
        }
        for (var person : found) {
            String text = person.excluded()
                    ? person.displayName() + " is not offered this case: " + String.join("; ", person.reasons()) + "."
                    : person.displayName() + (person.listedRank() != null ? " is number " + person.listedRank()
                            + " in the list above" : " was not free when the list was made and would now rank "
                            + person.rankNow()) + " (score " + person.score() + "): " + String.join("; ", person.reasons())
                            + ".";
            lookUpResults.add(new Paragraph(text));
        }
    }

    private void choose() {
        TaskPages.submit(errors, () -> matching.choose(itemId, user, mode.getValue(),
                candidates.getValue().stream().sorted(Comparator.comparing(Candidate::rank))
                        .map(Candidate::username).toList()), "Done: the case is on its way.", send);
    }
}
