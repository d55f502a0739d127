package org.coachingpool.forms;

import java.time.Instant;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/**
 * Published in the transaction that stores a form's answers when the form has ratings: the
 * ratings by field name (1 to 5). Text answers of the same form are not part of it.
 */
public record RatingsGiven(CaseId caseId, String formKey, UserId author, Map<String, Integer> ratings, Instant at) {
}
