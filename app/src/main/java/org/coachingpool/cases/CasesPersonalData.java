package org.coachingpool.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/** The relationships a person took part in, and their part in each, for their copy of their records. */
@Component
class CasesPersonalData implements PersonalData {

    private final Cases cases;

    CasesPersonalData(Cases cases) {
        this.cases = cases;
    }

    @Override
    public List<Section> about(UserId person) {
        var all = new LinkedHashMap<CaseId, CaseSummary>();
        cases.asThinker(person).forEach(c -> all.put(c.id(), c));
        cases.coachedBy(person).forEach(c -> all.putIfAbsent(c.id(), c));
        cases.sponsoredBy(person).forEach(c -> all.putIfAbsent(c.id(), c));
        var rows = new ArrayList<List<String>>();
        for (CaseSummary c : all.values()) {
            String part = c.thinker().equals(person) ? "You asked for it"
                    : person.equals(c.coach()) ? "You were the coach or mentor" : "You were the sponsor";
            rows.add(List.of(c.reference(), part, nullToEmpty(c.thinkerName()), nullToEmpty(c.coachName()),
                    nullToEmpty(c.sponsorName()), c.stage().label(), UkDates.date(c.requestedAt())));
        }
        return List.of(new Section("Relationships", "Each coaching or mentoring relationship you took part in.",
                List.of("Case", "Your part", "Thinker", "Coach or mentor", "Sponsor", "Where it is", "Asked for on"),
                rows));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
