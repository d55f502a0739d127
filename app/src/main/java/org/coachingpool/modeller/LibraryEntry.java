package org.coachingpool.modeller;

import org.coachingpool.definitions.ResourceKind;
import java.time.Instant;

/** A process or decision table in the library, with its live version. */
public record LibraryEntry(ResourceKind kind, String resourceId, String name, int liveVersion, int versions,
        Instant liveSince, String liveDeployedByName, int runningCases, int drafts, boolean nothingStartsIt) {
}
