package org.coachingpool.help;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask for.
 * Open to everyone, signed in or not, so it sits outside the signed-in frame; the pool's contact
 * is a setting.
 */
@Route("accessibility")
@PageTitle("Accessibility statement | Coaching Pool")
@AnonymousAllowed
public class AccessibilityStatementView extends VerticalLayout {

    static final String PREPARED = "29 November 2026";

    public AccessibilityStatementView(
            @Value("${coachingpool.accessibility.contact:the pool team that runs this service}") String contact) {
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
        add(new Anchor("", "Coaching Pool: back to the service"),
                new H1("Accessibility statement for Coaching Pool"),
                new Paragraph("Coaching Pool is the service staff use to ask for coaching or mentoring, and that "
                        + "sponsors, coaches, mentors and the pool team use to run each relationship. It is run by "
                        + contact + ". We want everyone who needs it to be able to use it: to change colours, "
                        + "contrast and fonts in their browser, zoom in to 400% without text spilling off the "
                        + "screen, get around with a keyboard alone, and use a screen reader or speech recognition."),
                new H2("How accessible this service is"),
                new Paragraph("We know some parts are not fully accessible yet:"),
                list("the diagram of the process on a case page is a picture; the text beside it names the current "
                                + "step, and the list of milestones says what has happened",
                        "task lists are tables: Tab moves into the table, the arrow keys move between cells and Enter "
                                + "reaches a task's buttons, which people used to plain tab order may not expect",
                        "some messages that confirm an action appear for a few seconds only",
                        "in the process modeller used by process admins, placing and connecting shapes needs a mouse "
                                + "or other pointer; properties, decision table cells and forms can be edited with the "
                                + "keyboard, and a model made elsewhere can be uploaded instead"),
                new H2("Feedback and contact information"),
                new Paragraph("If you need information from this service in another format, or you find a problem "
                        + "not listed here, contact " + contact + ". Tell us the page and what you were trying to do."),
                new H2("Enforcement procedure"),
                new Paragraph("The Equality and Human Rights Commission enforces the accessibility regulations. If "
                        + "you are not happy with how we respond to your complaint, contact the Equality Advisory and "
                        + "Support Service (EASS)."),
                new H2("Technical information about this service's accessibility"),
                new Paragraph("This service is partially compliant with the Web Content Accessibility Guidelines "
                        + "version 2.2 AA standard, because of the issues listed above."),
                new H2("How we tested this service"),
                new Paragraph("Every screen is checked with the axe-core accessibility engine in the Chromium browser "
                        + "on every change, at laptop and tablet width, and a sponsor's whole task is done with the "
                        + "keyboard alone. No serious or critical problem found by those checks is allowed to ship. "
                        + "This statement was prepared on " + PREPARED + "."));
    }

    private static UnorderedList list(String... items) {
        var list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
