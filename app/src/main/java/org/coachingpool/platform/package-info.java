/**
 * Platform: the frame around every view with its side menu, built from the views that carry
 * {@link org.coachingpool.platform.MenuItem}; UK conventions (dates, error summary, character
 * counts, storable text); error pages, among them "Page not found" for a page that refused its
 * person ({@link org.coachingpool.platform.NotYoursView}); the one UI error handler; start-up
 * checks; job retry with back-off. Owns no tables.
 */
package org.coachingpool.platform;
