package org.coachingpool.cases;

import org.coachingpool.security.UserId;

/**
 * Someone was shown text written in confidence on a case: session notes, agreed actions, a
 * private reason or private answers. Published by the feature that showed it, for the audit log.
 *
 * @param what what was shown, in the app's words, e.g. "session notes (3 sessions)"
 */
public record ConfidentialRead(CaseId caseId, UserId reader, String what) {
}
