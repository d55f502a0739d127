package org.coachingpool.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notify task of the process can say, by its {@code template} header. The words are
 * written here, for the person who receives them; nothing anyone typed is ever part of them.
 */
public enum NotificationTemplate {

    SPONSOR_REMINDER("sponsor-reminder", "Reminder: a request is waiting for you to endorse it",
            "Someone you line manage has asked for coaching or mentoring and is waiting for you to endorse or "
                    + "decline the request. It is in your task list.", Link.TASKS),
    SPONSOR_ESCALATION("sponsor-escalation", "A request has not been endorsed in time",
            "A sponsor has not endorsed or declined a request by the time allowed. Please follow it up.", Link.CASE),
    REQUEST_DECLINED("request-declined", "Your request for coaching or mentoring was not endorsed",
            "Your line manager did not endorse your request. You can see the outcome and what you can do next "
                    + "in the service.", Link.RELATIONSHIPS),
    REQUEST_SIGNPOSTED("request-signposted", "Your request: the pool team has suggested other support",
            "The pool team looked at your request and suggested other support that may suit you better. You "
                    + "can see their suggestion in the service.", Link.RELATIONSHIPS),
    SESSION_NUDGE("session-nudge", "No session has been logged for a while",
            "No session has been logged for one of your coaching or mentoring relationships for some time. If "
                    + "you have met, log the session; if the relationship has ended, record that.", Link.CASE);

    /** Where the message sends its reader. */
    public enum Link { TASKS, CASE, RELATIONSHIPS }

    private final String header;
    private final String subject;
    private final String sentence;
    private final Link link;

    NotificationTemplate(String header, String subject, String sentence, Link link) {
        this.header = header;
        this.subject = subject;
        this.sentence = sentence;
        this.link = link;
    }

    /** The value of the task's template header. */
    public String header() {
        return header;
    }

    public String subject() {
        return subject;
    }

    /** What happened and what to do, in a sentence or two. */
    public String sentence() {
        return sentence;
    }

    public Link link() {
        return link;
    }

    public static Optional<NotificationTemplate> ofHeader(String header) {
        return Arrays.stream(values()).filter(t -> t.header.equals(header)).findFirst();
    }
}
