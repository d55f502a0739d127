package org.coachingpool.safeguarding;

import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/**
 * Something happened to a safeguarding concern: raised, read, answered. For the audit log, which
 * shows it to the safeguarding lead alone.
 *
 * @param what in the app's words, never the concern's
 */
public record SafeguardingRecorded(UserId who, CaseId caseId, String what) {
}
