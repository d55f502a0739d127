package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.html.Anchor;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.cases.CaseSummary;

/** A case's reference as a link to its page, big enough to hit on a touch screen (WCAG 2.5.8). */
final class CaseLink {

    private CaseLink() {
    }

    static Anchor to(CaseSummary summary) {
        var link = new Anchor(CaseNavigation.path(summary.id()), summary.reference());
        link.getElement().setAttribute("aria-label", "Open case " + summary.reference());
        link.getStyle().set("display", "inline-block").set("min-height", "24px").set("min-width", "24px")
                .set("line-height", "24px").set("padding", "2px 0");
        return link;
    }
}
