package org.coachingpool.triage.ui;

import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.CharacterCount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.request.ReadinessAnswers;
import org.coachingpool.request.RequestDetails;
import org.coachingpool.request.RequestPanel;
import org.coachingpool.request.Requests;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.triage.Triage;
import org.coachingpool.triage.TriageDecision;
import org.coachingpool.worklist.TaskPages;
import org.coachingpool.worklist.TaskRoute;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;

/** A pool admin confirms or overrides the proposed kind of support. */
@Route(value = TaskRoute.PREFIX + RelationshipProcess.TASK_TRIAGE + TaskRoute.ITEM_SUFFIX, layout = MainLayout.class)
@PageTitle("Triage request | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class TriageView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskPages pages;

    private static final Map<String, String> PROPOSALS = Map.of("COACHING", "coaching", "MENTORING", "mentoring",
            "SIGNPOST", "signposting to other support", "CONVERSATION", "a conversation with the thinker first");

    final RadioButtonGroup<TriageDecision> decision = new RadioButtonGroup<>("Decision");
    final TextArea reason = new TextArea("Reason (needed when you decide differently from the proposal)");
    final TextArea guidance = new TextArea("Guidance for the thinker (needed when signposting)");
    final Button decide = new Button("Record decision");
    final ErrorSummary errors = new ErrorSummary();
    private final Triage triage;
    private final Requests requests;
    private final CurrentUser user;
    private WorkItemId itemId;

    public TriageView(Triage triage, Requests requests, TaskPages pages, CurrentUsers users) {
        this.requests = requests;
        this.pages = pages;
        decision.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        this.triage = triage;
        this.user = users.require();
        setMaxWidth("48rem");
        decision.setItems(TriageDecision.values());
        decision.setItemLabelGenerator(d -> switch (d) {
            case COACHING -> "Coaching";
            case MENTORING -> "Mentoring";
            case SIGNPOST -> "Signpost to other support (ends the case)";
        });
        reason.setWidthFull();
        CharacterCount.attach(reason, Triage.TEXT_MAX, null);
        guidance.setWidthFull();
        CharacterCount.attach(guidance, Triage.TEXT_MAX,
                "For example counselling, the employee assistance programme, or another route.");
        errors.bind("decision", decision).bind("reason", reason).bind("guidance", guidance);
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setDisableOnClick(true);
        decide.addClickListener(e -> send());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = pages.open(event, this, user, id -> {
            String proposal = triage.proposal(id, user);
            var request = requests.details(triage.caseOf(id, user), user).orElseThrow(
                    () -> new WorkItemUnavailableException("The request behind this task cannot be shown."));
            var proposed = new Paragraph("The triage table proposes "
                    + PROPOSALS.getOrDefault(proposal, proposal.toLowerCase()) + ". " + why(request));
            proposed.addClassName("triage-proposal");
            add(new H1("Triage request"), proposed, new RequestPanel("The request", request), new H2("Your decision"),
                    errors, decision, reason, guidance, decide);
        }).orElse(null);
    }

    /** What the table read, in words: readiness first, then the kind of support asked for. */
    static String why(RequestDetails request) {
        var answers = request.readiness().orElse(ReadinessAnswers.ready());
        return switch (answers.readiness()) {
            case REFER_ON -> "They said they are struggling a lot at the moment, so other support may help more first.";
            case NOT_SUITABLE -> answers.formalProcess() == ReadinessAnswers.FormalProcess.YES
                    ? "They said the request is part of a formal capability or disciplinary process, which coaching "
                            + "and mentoring are not for."
                    : "They said someone else wants them to do this.";
            case READY -> switch (request.kindWanted()) {
                case NOT_SURE -> "They are not sure which kind of support would suit them, and their readiness answers"
                        + " raise no concern.";
                default -> "They asked for " + request.kindWanted().label().toLowerCase(Locale.UK)
                        + ", and their readiness answers raise no concern.";
            };
        };
    }

    private void send() {
        TaskPages.submit(errors, () -> triage.decide(itemId, user, decision.getValue(), reason.getValue(),
                guidance.getValue()), "Triage recorded.", decide);
    }
}
