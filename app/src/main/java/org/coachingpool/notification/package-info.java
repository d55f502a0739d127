/**
 * Notifications: what the process tells people (reminders, escalations, outcomes), recorded once
 * per notify job. Offers {@link org.coachingpool.notification.Notifications}, the wording of each
 * {@link org.coachingpool.notification.NotificationTemplate}, and publishes
 * {@link org.coachingpool.notification.NotificationRecorded} for email. Owns {@code notification}.
 * Its SQL is in {@code repository}. The worker in {@code worker} and {@code repository} are internal.
 */
package org.coachingpool.notification;
