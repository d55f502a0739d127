/**
 * Requests: a thinker asks for support (kind, areas, goals, preferences, readiness answers), the
 * sponsor endorses; each request opens a case and starts its process. Offers
 * {@link org.coachingpool.request.Requests}, {@link org.coachingpool.request.Endorsements} and
 * {@link org.coachingpool.request.RequestPanel}. Owns {@code case_request} and {@code endorsement}.
 * Its SQL is in {@code repository}; the case row itself is opened through {@code Cases.open}.
 * Views in {@code ui} and {@code repository} are internal.
 */
package org.coachingpool.request;
