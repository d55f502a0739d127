package org.coachingpool.request;

import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.enginecommands.EngineMessage;
import org.coachingpool.worklist.EngineVariables;

/**
 * The message that starts a case's process: the case id is the correlation key and the message id.
 * The engine keeps it a day ({@link EngineMessage#START_KEPT}), refusing the same id again, and a
 * kept message starts one instance at most, so sending it again after a failure or a restart
 * cannot start a second.
 */
final class CaseStart {

    private CaseStart() {
    }

    static EngineMessage message(CaseId caseId, String thinker, String sponsor, KindWanted kind,
            ReadinessAnswers.Readiness readiness) {
        return new EngineMessage(RelationshipProcess.MESSAGE_REQUESTED, caseId.toString(), caseId.toString(),
                EngineMessage.START_KEPT, EngineVariables.requireSafe(Map.of(
                        RelationshipProcess.VAR_CASE_ID, caseId.toString(),
                        RelationshipProcess.VAR_THINKER, thinker,
                        RelationshipProcess.VAR_SPONSOR, sponsor,
                        RelationshipProcess.VAR_KIND_WANTED, kind.name(),
                        RelationshipProcess.VAR_READINESS, readiness.name())));
    }
}
