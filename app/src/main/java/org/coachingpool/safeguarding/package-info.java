/**
 * Safeguarding: the pool's named safeguarding lead, and concerns a coach or mentor raises on a
 * case (serious risk to the thinker or others, illegal activity, a breach of policy, a court
 * order). A concern starts {@code safeguarding.bpmn}, which gives the lead alone a task and an
 * email at once; it holds the minimum, sealed, and is on no case page, report or list. Offers
 * {@link org.coachingpool.safeguarding.Safeguarding}. Owns {@code safeguarding_lead} and
 * {@code safeguarding_concern}. {@code repository} and {@code ui} are internal. ADR 0022.
 */
package org.coachingpool.safeguarding;
