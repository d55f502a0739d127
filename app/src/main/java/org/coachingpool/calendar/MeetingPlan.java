package org.coachingpool.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** What someone arranging a meeting enters: any part may be missing, and each is checked. */
public record MeetingPlan(MeetingKind kind, LocalDate date, LocalTime startTime, Integer minutes, MeetingMode mode) {
}
