/**
 * Calendar: the meetings of a relationship scheduled in the service (the chemistry conversation,
 * three-way contracting, sessions and the review) and the calendar invitations (RFC 5545) that
 * go to their participants by email, updated and cancelled under the same UID. Offers
 * {@link org.coachingpool.calendar.Meetings}; a session can be logged from a scheduled one. Owns
 * {@code meeting}. SQL is in {@code repository}; the view in {@code ui} is internal.
 *
 * <p>A meeting holds a kind, a time, a length and how people meet: never text people wrote, so
 * an invitation carries nothing of a session's content. Sponsors see only the meetings they are
 * in (contracting and the review).
 */
package org.coachingpool.calendar;
