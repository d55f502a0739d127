package org.coachingpool.definitions;

import java.time.Instant;
import org.coachingpool.security.UserId;

/**
 * One deployed version of a process or decision requirements graph, as the app recorded it.
 *
 * @param engineKey the process definition key or decision requirements key
 * @param deployedBy who made it live in the browser, or null for the app's own files
 */
public record DefinitionVersion(ResourceKind kind, String resourceId, int version, long engineKey, String name,
        String resourceName, Instant deployedAt, Origin origin, UserId deployedBy, String comment) {
}
