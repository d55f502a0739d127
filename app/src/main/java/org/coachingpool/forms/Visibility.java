package org.coachingpool.forms;

/** Who may read a written answer, besides the person who wrote it. */
public enum Visibility {
    /** The author alone (a coach's reflection). */
    AUTHOR,
    /** The author and the pool admins (the private reason for a no-go or a decline). */
    AUTHOR_AND_POOL_ADMINS,
    /** The thinker and the coach (agreed actions). */
    THINKER_AND_COACH,
    /** Thinker, coach, sponsor and pool admins (the contract's outcomes, review summaries). */
    PARTICIPANTS
}
