package org.coachingpool.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A copy of everything the pool holds about a person, for a subject access request (UK GDPR
 * Article 15): one self-contained web page the pool team can send or print, gathered from every
 * feature's {@link PersonalData}. Making a copy is on the audit log.
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

    /** Every section with something in it, in a stable order: the person's details first. */
    public List<PersonalData.Section> sections(UserId person, CurrentUser admin) {
        Retention.requirePoolTeam(admin);
        people.find(person, admin).orElseThrow(() -> new InvalidInputException("person", "That person does not exist."));
        return sources.stream().flatMap(source -> source.about(person).stream())
                .sorted(java.util.Comparator.comparingInt(s -> s.title().equals("Your details") ? 0 : 1))
                .toList();
    }

    /** The copy as a web page (UTF-8). */
    @Transactional
    public byte[] copyFor(UserId person, CurrentUser admin) {
        var sections = sections(person, admin);
        String name = people.find(person, admin).map(p -> p.displayName()).orElseThrow();
        var html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<title>Records held about ").append(escape(name)).append("</title>")
                .append("<style>body{font-family:Arial,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}")
                .append("th,td{border:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}")
                .append("th{background:#f3f2f1}</style></head><body>\n")
                .append("<h1>Records held about ").append(escape(name)).append("</h1>\n")
                .append("<p>Made on ").append(escape(UkDates.dateTime(clock.instant())))
                .append(" by the coaching and mentoring pool, in answer to a subject access request.</p>\n")
                .append("<p>It holds what you wrote, what is recorded about you, and what others in your ")
                .append("relationships wrote for you to see.</p>\n");
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
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.RECORDS,
                "Made a copy of a person's records for a subject access request", person));
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
