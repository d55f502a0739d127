package org.coachingpool.calendar;

import java.util.List;
import org.coachingpool.calendar.repository.MeetingRepository;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/** Meetings arranged in the person's relationships. */
@Component
class CalendarPersonalData implements PersonalData {

    private final MeetingRepository meetings;

    CalendarPersonalData(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<Section> about(UserId person) {
        var rows = meetings.forPerson(person).stream().map(e -> List.of(e.getKey(), e.getValue().kind().label(),
                UkDates.dateTime(e.getValue().startsAt()), Integer.toString(e.getValue().minutes()),
                e.getValue().mode().label(), e.getValue().state().label())).toList();
        return List.of(new Section("Meetings", "Meetings arranged in the service for your relationships.",
                List.of("Case", "Meeting", "Starts", "Minutes", "How", "State"), rows));
    }
}
