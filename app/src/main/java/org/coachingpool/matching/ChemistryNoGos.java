package org.coachingpool.matching;

import org.coachingpool.cases.CaseId;

/** Published when a no-go at chemistry is recorded: how many the case has had in all (repeats give the same count). */
public record ChemistryNoGos(CaseId caseId, int noGos) {
}
