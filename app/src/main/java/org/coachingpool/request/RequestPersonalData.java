package org.coachingpool.request;

import java.util.List;
import java.util.stream.Collectors;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import java.util.function.Function;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.request.repository.RequestRepository;
import org.coachingpool.request.repository.RequestRepository.StoredEndorsement;
import org.coachingpool.request.repository.RequestRepository.StoredRequest;
import org.springframework.stereotype.Component;

/**
 * What a thinker asked for, and the sponsor's answer; for a sponsor, what they wrote when they
 * answered. A sponsor's words are the sponsor's: the thinker's copy has the decision and the date.
 */
@Component
class RequestPersonalData implements PersonalData {

    private final RequestRepository requests;
    private final Cases cases;

    RequestPersonalData(RequestRepository requests, Cases cases) {
        this.requests = requests;
        this.cases = cases;
    }

    @Override
    public List<Section> about(UserId person) {
        var own = cases.asThinker(person).reversed();
        var stored = requests.ofCases(own.stream().map(CaseSummary::id).toList()).stream()
                .collect(Collectors.toMap(StoredRequest::caseId, Function.identity()));
        var asked = own.stream().filter(c -> stored.containsKey(c.id())).map(c -> {
            var r = stored.get(c.id());
            return List.of(c.reference(), KindWanted.valueOf(c.kindWanted()).label(),
                    r.developmentAreas().stream().map(DevelopmentArea::label).collect(Collectors.joining(", ")),
                    r.goals(), r.preferences().meeting().label(), text(r.preferences().place()),
                    text(r.preferences().availability()), UkDates.date(c.requestedAt()),
                    r.endorsement().map(e -> (e.endorsed() ? "Supported" : "Not supported") + " on "
                            + UkDates.date(e.decidedAt())).orElse("Not answered yet"));
        }).toList();
        var given = requests.endorsementsBy(person);
        var references = cases.byIds(given.stream().map(StoredEndorsement::caseId).toList());
        var answered = given.stream().map(e -> List.of(
                references.containsKey(e.caseId()) ? references.get(e.caseId()).reference() : "",
                e.endorsed() ? "Supported" : "Not supported", e.protectedTime() ? "Yes" : "No", text(e.context()),
                text(e.declineReason()), UkDates.date(e.decidedAt()))).toList();
        return List.of(
                new Section("What you asked for", "Your requests for coaching or mentoring, in your words, and your "
                        + "sponsor's answer.", List.of("Case", "Kind", "Areas", "What you hoped to get from it",
                        "How you wanted to meet", "Where", "When suits you", "Asked for on", "Sponsor's answer"), asked),
                new Section("Requests you answered as a sponsor", "What you wrote when someone asked for your support.",
                        List.of("Case", "Your answer", "Protected time", "What you added", "Why not", "Answered on"),
                        answered));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
