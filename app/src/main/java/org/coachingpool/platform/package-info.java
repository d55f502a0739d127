/**
 * Platform: the frame around every view, UK conventions (dates, error summary, character
 * counts, storable text), error pages, the one UI error handler, start-up checks, job retry with back-off. Owns no tables.
 */
package org.coachingpool.platform;
