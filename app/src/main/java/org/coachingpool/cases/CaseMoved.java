package org.coachingpool.cases;

/** Published in the transaction that moves a case to another stage; {@code at} is when it moved. */
public record CaseMoved(CaseId caseId, Stage stage, java.time.Instant at) {
}
