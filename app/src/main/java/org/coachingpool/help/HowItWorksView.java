package org.coachingpool.help;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.coachingpool.cases.ConfidentialText;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/** How the service works, for each part the signed-in person plays, in a few plain steps. */
@MenuItem(title = "How it works", order = 73)
@Route(value = "how-it-works", layout = MainLayout.class)
@PageTitle("How it works | Coaching Pool")
@PermitAll
public class HowItWorksView extends VerticalLayout {

    public HowItWorksView(CurrentUsers users) {
        CurrentUser me = users.require();
        setMaxWidth("48rem");
        add(new H1("How it works"), new Paragraph("Everything you need to do appears under My tasks. What is said "
                + "in coaching or mentoring sessions stays between the coach or mentor and the person they work with: "
                + "sponsors and the pool team see dates, milestones and agreed outcomes, never session notes."));
        if (me.has(Role.THINKER)) {
            section("If you are asking for coaching or mentoring",
                    "Ask for coaching or mentoring, say what you would like to develop and name your sponsor, "
                            + "usually your line manager.",
                    "Your sponsor is asked to support your request. Then the pool team decides what would help most "
                            + "and finds you a coach or mentor.",
                    "You have a first conversation with them and say whether it feels right. If not, that is fine: "
                            + "you will be matched with someone else, and your reason stays private.",
                    "You, your coach or mentor and your sponsor agree what you want to achieve, then you meet for a "
                            + "few sessions over several months.",
                    "At the end you review progress together and say what has changed for you. About six months "
                            + "later you are asked once more whether the change has lasted.");
        }
        if (me.has(Role.SPONSOR)) {
            section("If you are someone's sponsor",
                    "Support (or decline) a request from someone you manage, and say whether you can protect their "
                            + "time.",
                    "Take part in the three-way contract: what the organisation hopes for and how you will support "
                            + "the learning.",
                    "At the review, record what you have observed. You see milestones and agreed outcomes under "
                            + "My people, never what is said in sessions.",
                    "About six months after the relationship closes, say what change you still see.");
        }
        if (me.has(Role.COACH)) {
            section("If you coach or mentor",
                    "Accept or decline offers before their deadline; silence counts as a decline.",
                    "Hold the first conversation and say whether the fit is right.",
                    "Lead the three-way contract, log each session (your notes are yours alone; agreed actions are "
                            + "shared with the person you work with), and lead the review and close.",
                    "See the hours you gave this pool year against your pledge under Your figures.");
        }
        if (me.has(Role.POOL_ADMIN)) {
            section("If you run the pool",
                    "Triage requests: the decision table proposes coaching, mentoring or signposting, and you "
                            + "confirm it or decide differently with a reason.",
                    "Match: offer a case to one coach, give the person a shortlist to choose from, or offer it to "
                            + "every mentor.",
                    "Watch the pool board: cases that have not moved, or that stopped because of an error, are "
                            + "flagged there; open the case to see what happened and try again.",
                    "Report on the pool under Impact reports: people supported, hours and improvement for a pool "
                            + "year, by organisation and kind of support, as charts, tables, CSV and a printable "
                            + "annual report. Groups too small to keep anyone anonymous are not shown.");
        }
        whoCanReadWhat();
    }

    /** The statement every service keeps to, in the words of {@link ConfidentialText}. */
    private void whoCanReadWhat() {
        var list = new UnorderedList();
        list.addClassName("who-reads-what");
        for (ConfidentialText text : ConfidentialText.values()) {
            list.add(new ListItem(text.label() + ": " + text.readersInWords() + "."));
        }
        add(new H2("Who can read what"), new Paragraph("Each kind of text people write here, and who can read it. "
                + "This holds everywhere: on screen, in downloads and copies of records, and in the audit log."), list,
                new Paragraph("Emails, calendar invitations and impact reports never include what anyone wrote: only "
                        + "names, dates, steps and figures."),
                new Paragraph(new Text("You can download everything held about you, "
                        + "including your private text, from "), new Anchor("your-records",
                        "Your records"), new Text(".")));
    }

    private void section(String heading, String... steps) {
        var list = new OrderedList();
        for (String step : steps) {
            list.add(new ListItem(step));
        }
        add(new H2(heading), list);
    }
}
