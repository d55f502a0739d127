package org.coachingpool.calendar;

import java.util.List;
import java.util.stream.Collectors;
import org.coachingpool.calendar.repository.MeetingRepository;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/** Meetings arranged in the person's relationships. */
@Component
class CalendarPersonalData implements PersonalData {

    private final MeetingRepository meetings;
    private final Cases cases;

    CalendarPersonalData(MeetingRepository meetings, Cases cases) {
        this.meetings = meetings;
        this.cases = cases;
    }

    @Override
    public List<Section> about(UserId person) {
        var involved = cases.involving(person).stream()
                .collect(Collectors.toMap(CaseSummary::id, CaseSummary::reference));
        var rows = meetings.ofCases(involved.keySet()).stream().map(m -> List.of(involved.get(m.caseId()),
                m.kind().label(), UkDates.dateTime(m.startsAt()), Integer.toString(m.minutes()), m.mode().label(),
                m.state().label())).toList();
        return List.of(new Section("Meetings", "Meetings arranged in the service for your relationships.",
                List.of("Case", "Meeting", "Starts", "Minutes", "How", "State"), rows));
    }
}
