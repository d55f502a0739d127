package org.coachingpool.matching;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.enginecommands.CommandPurpose;
import org.coachingpool.enginecommands.EngineCommands;
import org.coachingpool.enginecommands.EngineMessage;
import org.springframework.stereotype.Component;

/**
 * Tells the engine that a place may be free for a waiting case, through the engine-command outbox,
 * so an engine away at that moment still hears it. A message nobody waits for is dropped (no time
 * to live): the case is then not at the waiting step, or the daily re-ranking in the model picks
 * it up. Each pass's message has an id of its own, so the same pass sent twice wakes the case once.
 */
@Component
class WaitingListMessages {

    private final EngineCommands commands;

    WaitingListMessages(EngineCommands commands) {
        this.commands = commands;
    }

    void placeMayBeFree(CaseId caseId, UUID pass) {
        commands.publish(caseId.toString(), CommandPurpose.PLACE_MAY_BE_FREE, caseId.toString(), new EngineMessage(
                RelationshipProcess.MESSAGE_CAPACITY_APPEARED, caseId.toString(),
                "place-may-be-free:" + caseId + ":" + pass, Duration.ZERO, Map.of()));
    }
}
