package org.coachingpool.platform;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people in the UK write and read them: typed day first (15/03/2027), shown in text as
 * 15 March 2027, times on the 24-hour clock, in UK time.
 */
public final class UkDates {

    public static final ZoneId UK_TIME = ZoneId.of("Europe/London");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    /** With the day of the week, for things people attend: "Monday 7 December 2026 at 10:00". */
    public static final DateTimeFormatter DAY_DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);

    private UkDates() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String date(Instant at) {
        return DATE.format(at.atZone(UK_TIME));
    }

    public static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(UK_TIME));
    }

    /** A date field that takes and shows dates day first, whatever language the browser reports. */
    public static DatePicker picker(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setPlaceholder("DD/MM/YYYY");
        picker.setHelperText("For example, 15/03/2027");
        return picker;
    }
}
