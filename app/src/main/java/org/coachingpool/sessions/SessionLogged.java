package org.coachingpool.sessions;

import java.time.LocalDate;
import org.coachingpool.cases.CaseId;
import org.coachingpool.security.UserId;

/** Published in the transaction that logs a session: its date and length, never its notes. */
public record SessionLogged(CaseId caseId, UserId coach, LocalDate heldOn, int minutes) {
}
