package org.coachingpool.triage;

/** What the pool admin decides a request needs. */
public enum TriageDecision {
    COACHING, MENTORING, SIGNPOST
}
