package org.coachingpool.pool.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.Accreditation;
import org.coachingpool.pool.Application;

/** An offer to coach or mentor as a summary list, for the pool team deciding about it. */
final class ApplicationPanel extends Div {

    ApplicationPanel(Application application) {
        add(new H2("The offer"));
        var list = new DescriptionList();
        list.addClassName("summary-list");
        row(list, "Who", application.applicantName() + (application.organisation() == null ? ""
                : ", " + application.organisation()));
        if (application.jobTitle() != null || application.department() != null) {
            row(list, "Job", String.join(", ", Stream.of(application.jobTitle(), application.department())
                    .filter(Objects::nonNull).toList()));
        }
        row(list, "Offered on", UkDates.date(application.offeredAt()));
        row(list, "Would like to", switch (application.kind()) {
            case COACH -> "Coach";
            case MENTOR -> "Mentor";
            case BOTH -> "Coach and mentor";
        });
        row(list, "Why, in their words", application.motivation());
        row(list, "Experience", application.experience() == null ? "Not said" : application.experience());
        if (application.trainingCompletedOn() != null) {
            row(list, "Training completed", UkDates.date(application.trainingCompletedOn())
                    + (application.accreditations().isEmpty() ? "" : ", " + application.accreditations().stream()
                            .map(Accreditation::label).collect(Collectors.joining(", "))));
        }
        add(list);
    }

    static void row(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
