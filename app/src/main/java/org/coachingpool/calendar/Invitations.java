package org.coachingpool.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coachingpool.mail.CalendarPart;
import org.coachingpool.people.Contact;

/**
 * Writes a meeting as an iCalendar object (RFC 5545) that Outlook and Google Calendar accept: one
 * VEVENT in UTC (no time-zone block to get wrong), the meeting's id as UID and its change count as
 * SEQUENCE, so a later version replaces the event and a cancellation removes it. Replies are not
 * asked for: the service does not read them.
 */
final class Invitations {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int FOLD_AT = 75;

    private Invitations() {
    }

    record Event(MeetingId id, int sequence, Instant startsAt, Instant endsAt, String summary, String description,
            String location, boolean cancelled) {
    }

    static CalendarPart of(Event event, String organiser, List<Contact> attendees, String uidDomain, Instant stamp) {
        var out = new StringBuilder();
        CalendarPart.Method method = event.cancelled() ? CalendarPart.Method.CANCEL : CalendarPart.Method.REQUEST;
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Coaching Pool//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + event.id() + "@" + uidDomain);
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(event.startsAt()));
        line(out, "DTEND:" + UTC.format(event.endsAt()));
        line(out, "SUMMARY:" + text(event.summary()));
        line(out, "DESCRIPTION:" + text(event.description()));
        line(out, "LOCATION:" + text(event.location()));
        line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "ORGANIZER;CN=" + parameter("Coaching and mentoring pool") + ":mailto:" + organiser);
        for (Contact attendee : attendees) {
            line(out, "ATTENDEE;CN=" + parameter(attendee.displayName())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendee.email());
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return new CalendarPart(method, out.toString());
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** A parameter value with characters that would end it is quoted; quotes cannot be escaped, so they go. */
    static String parameter(String value) {
        String clean = value.replace("\"", "'").replaceAll("[\\r\\n]", " ");
        return clean.matches(".*[;:,].*") ? "\"" + clean + "\"" : clean;
    }

    /** Lines end in CRLF and are folded to at most 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        boolean first = true;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            int limit = first ? FOLD_AT : FOLD_AT - 1;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                first = false;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
