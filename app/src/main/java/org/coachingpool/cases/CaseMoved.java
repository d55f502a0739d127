package org.coachingpool.cases;

import java.time.Instant;

/** Published in the transaction that moves a case to another stage; {@code at} is when it moved. */
public record CaseMoved(CaseId caseId, Stage stage, Instant at) {
}
