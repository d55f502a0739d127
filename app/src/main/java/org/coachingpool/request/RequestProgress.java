package org.coachingpool.request;

/** Where a new request is, as its thinker is told. */
public enum RequestProgress {
    /** The sponsor's task exists: they have been asked. */
    SPONSOR_ASKED,
    /** Not yet with the sponsor: the engine is still on its first steps. */
    PASSING_ON,
    /** Something on our side holds it up; the pool team sees what. */
    DELAYED
}
