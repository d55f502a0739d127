package org.coachingpool.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.coachingpool.cases.ConfidentialRead;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A copy of everything the pool holds about a person, for a subject access request (UK GDPR
 * Article 15): one self-contained web page, gathered from every feature's {@link PersonalData}.
 * The pool team's copy for someone says where private text exists (a coach's notes, the actions
 * agreed in sessions, private answers) without its content; the person's own copy, from "Your
 * records", has it all. Both are on the audit log, the own copy as a read of confidential text
 * (ADR 0023).
 */
@Service
public class SubjectAccess {

    private final List<PersonalData> sources;
    private final People people;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubjectAccess(List<PersonalData> sources, People people, Clock clock, ApplicationEventPublisher events) {
        this.sources = sources;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Every section, as the pool team may see it, in a stable order: the person's details first.
     * Private text shows as {@link PersonalData#WITHHELD}.
     */
    public List<PersonalData.Section> sections(UserId person, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, Retention.POOL_TEAM_ONLY);
        people.find(person, admin).orElseThrow(() -> new InvalidInputException("person", "That person does not exist."));
        return all(person).stream().map(PersonalData.Section::forPoolTeam).toList();
    }

    private List<PersonalData.Section> all(UserId person) {
        return sources.stream().flatMap(source -> source.about(person).stream())
                .sorted(Comparator.comparingInt(s -> s.title().equals("Your details") ? 0 : 1))
                .toList();
    }

    /** The pool team's copy for someone, as a web page (UTF-8): private text is named, not shown. */
    @Transactional
    public byte[] copyFor(UserId person, CurrentUser admin) {
        var sections = sections(person, admin);
        String name = people.find(person, admin).map(p -> p.displayName()).orElseThrow();
        byte[] page = page(name, sections, true);
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.RECORDS,
                "Made a copy of a person's records for a subject access request, without their private text", person));
        return page;
    }

    /**
     * The signed-in person's own copy, with everything they wrote and everything written for them
     * to read, private text included. On the audit log as a read of confidential text.
     */
    @Transactional
    public byte[] ownCopy(CurrentUser me) {
        var sections = all(me.id());
        byte[] page = page(me.displayName(), sections, false);
        events.publishEvent(new ConfidentialRead(null, me.id(),
                "their own records, with their private text"));
        return page;
    }

    /** Whether any section holds private text: the pool team's copy then says how its author gets it. */
    static boolean holdsPrivateText(List<PersonalData.Section> sections) {
        return sections.stream().anyMatch(s -> s.rows().stream().anyMatch(row -> s.privateColumns().stream()
                .anyMatch(c -> c < row.size() && !row.get(c).isBlank())));
    }

    private byte[] page(String name, List<PersonalData.Section> sections, boolean forPoolTeam) {
        var html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<title>Records held about ").append(escape(name)).append("</title>")
                .append("<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}")
                .append("th,td{border:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}")
                .append("th{background:#f3f2f1}</style></head><body>\n")
                .append("<h1>Records held about ").append(escape(name)).append("</h1>\n")
                .append("<p>Made on ").append(escape(UkDates.dateTime(clock.instant())))
                .append(forPoolTeam ? " by the coaching and mentoring pool, in answer to a subject access request.</p>\n"
                        : " by you, from \u201cYour records\u201d in the coaching and mentoring service.</p>\n")
                .append("<p>It holds what you wrote, what is recorded about you, and what others in your ")
                .append("relationships wrote for you to see.</p>\n");
        if (forPoolTeam && holdsPrivateText(sections)) {
            html.append("<p><strong>Some of your text is private, so the pool team does not read it and it is not in ")
                    .append("this copy.</strong> Where it exists the table says so. You can download a copy with it ")
                    .append("yourself: sign in to the coaching and mentoring service and choose \u201cYour records\u201d.</p>\n");
        }
        for (var section : sections) {
            html.append("<h2>").append(escape(section.title())).append("</h2>\n<p>").append(escape(section.explanation()))
                    .append("</p>\n");
            if (section.rows().isEmpty()) {
                html.append("<p>Nothing held.</p>\n");
                continue;
            }
            html.append("<table><thead><tr>");
            section.headings().forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
            html.append("</tr></thead><tbody>\n");
            for (var row : section.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(escape(cell).replace("\n", "<br>")).append("</td>"));
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append("<h2>What is not in this copy, and why</h2>\n<ul>")
                .append("<li>What other people wrote for themselves alone or for the pool team alone, such as a ")
                .append("coach's private notes or a sponsor's reasons: it is their record, and sharing it could ")
                .append("harm them. Ask the pool team if you want to know more.</li>")
                .append("<li>Records kept for safeguarding, where sharing them could put someone at risk.</li>")
                .append("<li>The audit log of who opened records: it holds ids and dates only. The pool team can ")
                .append("tell you who opened yours on request.</li></ul>\n</body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
