package org.coachingpool.request;

/**
 * How, where and when the thinker would like to meet. Place and availability are their own words
 * and stay in PostgreSQL.
 *
 * @param place a town, site or building, or null
 * @param availability days and times that suit, or null
 */
public record Preferences(MeetingPreference meeting, String place, String availability) {

    public static final int TEXT_MAX = 200;

    /** For requests made without saying (and for tests that do not care). */
    public static Preferences either() {
        return new Preferences(MeetingPreference.EITHER, null, null);
    }
}
