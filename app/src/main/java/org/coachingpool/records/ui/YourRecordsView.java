package org.coachingpool.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.records.SubjectAccess;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;

/**
 * Everyone's own copy of what the pool holds about them, private text included: the way a coach
 * gets their notes, or a thinker the actions agreed with them, without anyone else reading them.
 */
@MenuItem(title = "Your records", order = 71)
@Route(value = "your-records", layout = MainLayout.class)
@PageTitle("Your records | Coaching Pool")
@PermitAll
public class YourRecordsView extends VerticalLayout {

    final Anchor download;

    public YourRecordsView(SubjectAccess subjectAccess, CurrentUsers users) {
        CurrentUser me = users.require();
        setMaxWidth("48rem");
        add(new H1("Your records"));
        add(new Paragraph("You can download a copy of everything the coaching and mentoring pool holds about you, "
                + "as one web page you can keep or print."));
        var list = new UnorderedList(
                new ListItem("what you wrote: your requests, answers, and any notes you keep as a coach or mentor"),
                new ListItem("what is recorded about you: your details, your relationships, sessions and meetings"),
                new ListItem("what others in your relationships wrote for you to read, such as agreed actions"));
        add(new Paragraph("It includes:"), list);
        add(new H2("Private text"), new Paragraph("Your copy includes text that only you, or you and your coach, "
                + "mentor or thinker, can read. The pool team cannot read it, and their copy for a subject access "
                + "request says only that it exists. Downloading your copy is recorded in the audit log, with the "
                + "date but not the content."));
        String file = "your-records-" + LocalDate.now() + ".html";
        download = new Anchor(new StreamResource(file, () -> new ByteArrayInputStream(subjectAccess.ownCopy(me))),
                "Download a copy of your records (web page)");
        download.getElement().setAttribute("download", true);
        add(download);
        add(new Paragraph("Something missing or wrong? Contact the pool team. To have your records erased, ask the "
                + "pool team: they tell you first what must be kept and why."));
    }
}
