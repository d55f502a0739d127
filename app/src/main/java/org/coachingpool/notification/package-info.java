/**
 * Notifications to people inside the app. Owns {@code notification}. The worker in
 * {@code worker} is internal.
 */
package org.coachingpool.notification;
