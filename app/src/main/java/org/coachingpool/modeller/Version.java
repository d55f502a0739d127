package org.coachingpool.modeller;
import org.coachingpool.definitions.Origin;
import org.coachingpool.definitions.ResourceKind;
import java.time.Instant;
import java.util.Map;

/**
 * One deployed version of a process or decision table.
 *
 * @param deployedByName who made it live, or "Built into the app" for the app's own files
 * @param runningCases cases running on this version now
 * @param waiting how many tasks wait at each step of this version (element name or id → count)
 */
public record Version(ResourceKind kind, String resourceId, int version, long engineKey, String name,
        String resourceName, Instant deployedAt, Origin origin, String deployedByName, String comment, boolean live,
        int runningCases, Map<String, Integer> waiting) {
}
