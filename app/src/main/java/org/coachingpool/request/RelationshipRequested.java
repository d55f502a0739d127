package org.coachingpool.request;

import java.time.Instant;
import java.util.Set;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/** Published in the transaction that opens a case for a request: who asked, for what kind, when. No text. */
public record RelationshipRequested(CaseId caseId, UserId thinker, UserId sponsor, KindWanted kindWanted,
        Set<DevelopmentArea> developmentAreas, Instant at) {
}
