package org.coachingpool.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.Application;
import org.coachingpool.pool.MemberKind;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** Anyone in the pool's organisations offers to coach or mentor, and follows where their offer is. */
@MenuItem(title = "Offer to coach or mentor", order = 32, notFor = {Role.COACH, Role.POOL_ADMIN})
@Route(value = "join-the-pool", layout = MainLayout.class)
@PageTitle("Offer to coach or mentor | Coaching Pool")
@PermitAll
public class JoinPoolView extends VerticalLayout {

    final RadioButtonGroup<MemberKind> kind = new RadioButtonGroup<>("Would you like to coach, mentor or both?");
    final TextArea motivation = new TextArea("Why would you like to?");
    final TextArea experience = new TextArea("Your experience of coaching or mentoring, if any (optional)");
    final Button send = new Button("Send my offer");
    final ErrorSummary errors = new ErrorSummary();
    private final Onboarding onboarding;
    private final CurrentUser user;

    public JoinPoolView(Onboarding onboarding, CurrentUsers users) {
        this.onboarding = onboarding;
        this.user = users.require();
        setMaxWidth("48rem");
        kind.setItems(MemberKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case COACH -> "Coach: help colleagues find their own answers (training provided)";
            case MENTOR -> "Mentor: share what you have learned in your career";
            case BOTH -> "Both";
        });
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        CharacterCount.attach(motivation, Onboarding.TEXT_MAX, "The pool team reads this.");
        CharacterCount.attach(experience, Onboarding.TEXT_MAX, null);
        motivation.setWidthFull();
        experience.setWidthFull();
        errors.bind("kind", kind).bind("motivation", motivation).bind("experience", experience);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send());
        show();
    }

    private void show() {
        removeAll();
        add(new H1("Offer to coach or mentor"));
        var own = onboarding.ownOffer(user);
        if (own.isPresent() && (own.get().status().open() || own.get().status() == Application
                .Status.ACTIVE)) {
            var offer = own.get();
            add(new Paragraph("You offered on " + UkDates.date(offer.offeredAt()) + "."),
                    new H2("Where your offer is"), new Paragraph(offer.status().label() + "."));
            if (offer.changesRequested() != null && offer.status() == Application.Status.WRITING_PROFILE) {
                add(new Paragraph("The pool team asked you to change: " + offer.changesRequested()));
            }
            if (offer.status() == Application.Status.WRITING_PROFILE
                    || offer.status() == Application.Status.ACTIVE) {
                add(new RouterLink("Your profile", ProfileView.class));
            }
            return;
        }
        add(new Paragraph("Pools depend on colleagues who give a little time: usually 12 hours a year for two "
                + "years. Coaches are trained before they start; mentors share what they have learned. The pool "
                + "team will read your offer and be in touch about training."), errors, kind, motivation, experience,
                send);
    }

    private void send() {
        errors.clear();
        try {
            onboarding.offer(user, kind.getValue(), motivation.getValue(), experience.getValue());
            show();
            var panel = new Div(new H2("Thank you: your offer is with the pool team"),
                    new Paragraph("They will be in touch about training. You can see where your offer is on this page."));
            panel.addClassName("confirmation-panel");
            panel.getElement().setAttribute("role", "status");
            addComponentAtIndex(1, panel);
        } catch (InvalidInputException problem) {
            errors.show(problem);
            send.setEnabled(true);
        }
    }
}
