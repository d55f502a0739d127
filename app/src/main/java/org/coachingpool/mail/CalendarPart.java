package org.coachingpool.mail;

/**
 * A calendar invitation sent with a message: an iCalendar object (RFC 5545) and its method,
 * which mail clients need on the MIME part to offer "add to calendar" or "remove".
 */
public record CalendarPart(Method method, String content) {

    public enum Method {
        REQUEST, CANCEL
    }

    public CalendarPart {
        if (method == null || content == null || !content.startsWith("BEGIN:VCALENDAR")) {
            throw new IllegalArgumentException("A calendar part needs a method and an iCalendar object");
        }
    }
}
