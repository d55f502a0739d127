package org.coachingpool.modeller;

import org.coachingpool.definitions.ResourceKind;
import java.time.Instant;

/**
 * A model being edited. The revision goes up with every save, so a stale tab cannot overwrite a
 * newer save made in another tab.
 *
 * @param baseVersion the version the draft was started from, or null for an upload or a new model
 */
public record Draft(DraftId id, ResourceKind kind, String resourceId, String resourceName, String content,
        Integer baseVersion, int revision, String updatedByName, Instant updatedAt) {
}
