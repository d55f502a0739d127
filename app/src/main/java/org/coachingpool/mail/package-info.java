/**
 * Email: every new task and every notification of the process also goes by email, written to an
 * outbox in the transaction that caused it and sent after that commits (ADR 0015). Offers
 * {@link org.coachingpool.mail.Mail}: each person's choice of each email or a daily digest, and
 * the pool team's view of what was sent, what waits and what failed. Owns {@code mail_outbox}
 * and {@code mail_preference}. SQL is in {@code repository}; the sender in {@code worker} and the
 * views in {@code ui} are internal.
 *
 * <p>An email carries who, what to do, by when and a link, never text people wrote. In the
 * embedded default nothing leaves the machine: messages are kept for the "Sent mail" page.
 */
package org.coachingpool.mail;
