package org.coachingpool.sessions;

import java.time.LocalDate;

/**
 * What a coach logs about one session. Notes are the coach's alone; agreed actions are shared
 * with the thinker.
 */
public record SessionEntry(LocalDate heldOn, int minutes, Modality modality, String privateNotes,
        String sharedActions) {

    public enum Modality { IN_PERSON, VIRTUAL, PHONE }
}
