/**
 * Cases: a relationship as a row (stage, dates, participants, where in the process it is) and who
 * may see it. Offers {@link org.coachingpool.cases.Cases}, {@link org.coachingpool.cases.CaseId} and
 * the process constants in {@link org.coachingpool.cases.RelationshipProcess}. Owns
 * {@code relationship_case}. The stage worker in {@code worker} is internal.
 */
package org.coachingpool.cases;
