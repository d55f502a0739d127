package org.coachingpool.cases;

/**
 * Published in the transaction that erases a case, just before its row and every row hanging off
 * it are deleted: a feature that keeps figures about the case outside those rows makes them
 * anonymous here.
 */
public record CaseErasing(CaseId caseId) {
}
