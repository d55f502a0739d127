/**
 * Cases: a relationship as a row (stage, dates, participants, where in the process it is) and who
 * may see it. Offers {@link org.coachingpool.cases.Cases}, {@link org.coachingpool.cases.CaseId} and
 * the process constants in {@link org.coachingpool.cases.RelationshipProcess}. Owns
 * {@code relationship_case}, opened by {@link org.coachingpool.cases.Cases#open} alone; its SQL is in
 * {@code repository}. Links to a case come from {@link org.coachingpool.cases.CaseNavigation}. The
 * stage worker in {@code worker} and {@code repository} are internal.
 */
package org.coachingpool.cases;
