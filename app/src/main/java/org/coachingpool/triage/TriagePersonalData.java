package org.coachingpool.triage;

import java.util.List;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.triage.repository.TriageRepository;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/**
 * The pool team's decision on a thinker's request and any guidance written for them. The reason
 * for overriding the proposal is the pool team's own note and stays out of the thinker's copy.
 */
@Component
class TriagePersonalData implements PersonalData {

    private final TriageRepository decisions;
    private final Cases cases;

    TriagePersonalData(TriageRepository decisions, Cases cases) {
        this.decisions = decisions;
        this.cases = cases;
    }

    @Override
    public List<Section> about(UserId person) {
        var own = cases.asThinker(person).stream().collect(Collectors.toMap(CaseSummary::id, CaseSummary::reference));
        var rows = decisions.ofCases(own.keySet()).stream().map(d -> List.of(own.get(d.caseId()),
                switch (d.decision()) {
                    case COACHING -> "Coaching";
                    case MENTORING -> "Mentoring";
                    default -> "Other support suggested";
                }, d.guidance() == null ? "" : d.guidance(), UkDates.date(d.decidedAt()))).toList();
        return List.of(new Section("The pool team's decision on your request",
                "Whether the pool offered coaching or mentoring, and any guidance written for you.",
                List.of("Case", "Decision", "Guidance for you", "Decided on"), rows));
    }
}
