package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.coachingpool.cases.Stage;

/**
 * The life of a relationship in plain steps, for the people in it: what is done, where it is now
 * and what comes next. The process diagram is for the pool team; this is what a thinker or a
 * sponsor reads.
 */
final class CaseTimeline extends OrderedList {

    private static final List<Stage> PATH = List.of(Stage.REQUESTED, Stage.ENDORSEMENT, Stage.TRIAGE, Stage.MATCHING,
            Stage.CHEMISTRY, Stage.CONTRACTING, Stage.SESSIONS, Stage.REVIEW, Stage.CLOSING, Stage.CLOSED);

    CaseTimeline(Stage current) {
        addClassName("case-timeline");
        int at = PATH.indexOf(current);
        if (at < 0) {
            // Declined or signposted: the path ended early, after the sponsor or the pool team.
            at = current == Stage.DECLINED ? 1 : 2;
        }
        for (int i = 0; i < PATH.size(); i++) {
            Stage step = PATH.get(i);
            boolean done = i < at || current == Stage.CLOSED && i == at;
            boolean now = i == at && current != Stage.CLOSED;
            if (!PATH.contains(current) && i > at) {
                break;
            }
            var status = new Span(done ? "Done" : now ? "Now" : "Still to come");
            status.addClassName(done ? "step-done" : now ? "step-now" : "step-later");
            var item = new ListItem(new Span(words(step)), status);
            if (now) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
        if (!PATH.contains(current)) {
            var end = new ListItem(new Span(current == Stage.DECLINED ? "The sponsor could not support the request"
                    : "The pool team suggested other support"), new Span("Finished"));
            end.getElement().setAttribute("aria-current", "step");
            add(end);
        }
    }

    static String words(Stage stage) {
        return switch (stage) {
            case REQUESTED -> "Request sent";
            case ENDORSEMENT -> "The sponsor supports the request";
            case TRIAGE -> "The pool team looks at what would help most";
            case MATCHING -> "Finding a coach or mentor";
            case CHEMISTRY -> "First conversation";
            case CONTRACTING -> "Three-way contract";
            case SESSIONS -> "Sessions";
            case REVIEW -> "Three-way review";
            case CLOSING -> "Saying what has changed";
            case CLOSED -> "Finished";
            case DECLINED, SIGNPOSTED -> stage.label();
        };
    }
}
