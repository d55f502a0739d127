package org.coachingpool.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFrequency;
import org.coachingpool.people.People;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;

/** Each person chooses an email each time there is something for them, or one a day. */
@MenuItem(title = "Email settings", order = 70)
@Route(value = "email-settings", layout = MainLayout.class)
@PageTitle("Email settings | Coaching Pool")
@PermitAll
public class EmailSettingsView extends VerticalLayout {

    final RadioButtonGroup<MailFrequency> frequency = new RadioButtonGroup<>("How would you like to get email from the service?");
    final Button save = new Button("Save");
    final Paragraph saved = new Paragraph();
    private final Mail mail;
    private final CurrentUser user;

    public EmailSettingsView(Mail mail, People people, CurrentUsers users) {
        this.mail = mail;
        this.user = users.require();
        setMaxWidth("48rem");
        var contact = people.contactsByUsername(List.of(user.username())).get(user.username());
        saved.addClassNames("notification-banner", "success");
        saved.getElement().setAttribute("role", "status");
        saved.setVisible(false);
        add(new H1("Email settings"), saved);
        add(new Paragraph(contact == null || contact.email() == null || contact.email().isBlank()
                ? "We have no email address for you, so the service cannot email you. Ask your pool team to add it."
                : "We email you at " + contact.email() + " when you have something to do in the service. If this "
                        + "address is wrong, ask your pool team to change it."));
        add(new Paragraph("An email says what to do, by when, and has a link to it. It never contains what anyone "
                + "wrote, such as the goals in a request or notes of a session."));
        if (mail.isDemonstration()) {
            add(new Paragraph("This is a demonstration: no email leaves it. The pool team can see what would have "
                    + "been sent."));
        }
        frequency.setItems(MailFrequency.values());
        frequency.setItemLabelGenerator(MailFrequency::label);
        frequency.setHelperText("The daily email goes out at " + mail.digestTime() + " (UK time) on days when there "
                + "is something for you.");
        frequency.setValue(mail.frequencyOf(user.id()));
        frequency.setRequired(true);
        frequency.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        add(frequency, save);
    }

    private void save() {
        MailFrequency chosen = frequency.getValue() == null ? MailFrequency.EACH : frequency.getValue();
        mail.choose(user, chosen);
        saved.setText(chosen == MailFrequency.DAILY
                ? "Saved. From now on you get one email a day with everything in it."
                : "Saved. From now on you get an email each time there is something for you.");
        saved.setVisible(true);
        save.setEnabled(true);
    }
}
