package org.coachingpool.incidents;

import java.time.Instant;
import java.util.Optional;
import org.coachingpool.cases.CaseId;

/**
 * Something that stops a case from moving, as pool admins see it.
 *
 * @param step the name of the step the case is stuck at, as the process model names it
 * @param message the engine's or the start's technical message, for pool admins only
 * @param retriedAt when an admin last asked to try again, if they did
 * @param correction what the pool team set to get it moving, with what the case had before, if they did
 */
public record CaseProblem(ProblemId id, Kind kind, Optional<CaseId> caseId, String caseReference, String step,
        String message, Instant since, Optional<Instant> retriedAt, Optional<String> correction) {

    public enum Kind {
        /** The engine holds the case at a step: a failing decision, an expression error, a job out of retries. */
        ENGINE_INCIDENT,
        /** The case is stored but its process did not start in the engine. */
        NOT_STARTED
    }

    /** What an admin reads first, in plain words. */
    public String summary() {
        return kind == Kind.NOT_STARTED ? "Process did not start" : "Stopped at \u201c" + step + "\u201d";
    }

    /** The problem with its case's reference. */
    public CaseProblem withReference(String reference) {
        return new CaseProblem(id, kind, caseId, reference, step, message, since, retriedAt, correction);
    }
}
