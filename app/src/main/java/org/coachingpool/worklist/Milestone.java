package org.coachingpool.worklist;

import java.time.Instant;

/** A completed step of a case: its title, when, and the name of who completed it (null if unknown). */
public record Milestone(String title, Instant at, String by) {
}
