package org.coachingpool.request;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.stream.Collectors;
import org.coachingpool.platform.UkDates;

/**
 * The request shown to someone who decides about it, as a summary list: kind, areas, goals,
 * preferences, and (when the viewer may read them) the readiness answers and the sponsor's part.
 * Built from {@link RequestDetails}, which holds only what the viewer may see.
 */
public class RequestPanel extends Div {

    public RequestPanel(String heading, RequestDetails request) {
        addClassName("request-panel");
        add(new H2(heading));
        var list = new DescriptionList();
        list.addClassName("summary-list");
        row(list, "Who", request.thinkerName() + (request.thinkerOrganisation() == null ? ""
                : ", " + request.thinkerOrganisation()));
        row(list, "Asked on", UkDates.date(request.requestedAt()));
        row(list, "Support asked for", request.kindWanted().label());
        row(list, "To develop", request.developmentAreas().stream().map(DevelopmentArea::label)
                .collect(Collectors.joining(", ")));
        row(list, "Goals, in their words", request.goals());
        var preferences = request.preferences();
        row(list, "Meeting", preferences.meeting().label()
                + (preferences.place() == null ? "" : ", " + preferences.place()));
        row(list, "Usually free", preferences.availability() == null ? "Not said" : preferences.availability());
        request.readiness().ifPresent(readiness -> {
            row(list, "Formal capability or disciplinary process", readiness.formalProcess().label());
            row(list, "Asking for it themselves", readiness.choosing().label());
            row(list, "Managing at the moment", readiness.wellbeing().label());
        });
        request.endorsement().ifPresent(endorsement -> {
            row(list, "Sponsor", endorsement.sponsorName() + (endorsement.endorsed()
                    ? (endorsement.protectedTime() ? ": supports it and will protect time"
                            : ": supports it (time not promised)")
                    : ": declined"));
            if (endorsement.context() != null) {
                row(list, "Sponsor's context", endorsement.context());
            }
        });
        add(list);
    }

    private static void row(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
