package org.coachingpool.sessions;

import java.time.LocalDate;

/**
 * A logged session as one viewer may see it: notes only for the coach who wrote them, actions
 * only for the coach and the thinker; otherwise those fields are empty.
 */
public record SessionRecord(LocalDate heldOn, int minutes, SessionEntry.Modality modality, String privateNotes,
        String sharedActions) {
}
