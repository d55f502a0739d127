package org.coachingpool.cases;

/** Published when a case moves to another stage, after the change commits. */
public record CaseMoved(CaseId caseId, Stage stage) {
}
