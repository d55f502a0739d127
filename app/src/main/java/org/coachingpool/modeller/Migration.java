package org.coachingpool.modeller;

import java.util.List;
import java.util.Map;

/** What moving running cases from one version of a process to another would do, and did. */
public final class Migration {

    private Migration() {
    }

    /**
     * The plan: the element mapping (source id → target id: same id and kind automatically, the
     * rest as the admin chose), the steps still without a target, and each case's prospects.
     */
    public record Plan(String processId, int fromVersion, int toVersion, Map<String, String> mapping,
            List<Unmapped> unmapped, List<PlannedCase> cases) {

        public long movable() {
            return cases.stream().filter(PlannedCase::canMove).count();
        }
    }

    /** A step of the old version with no step of the same id and kind in the new one. */
    public record Unmapped(String elementId, String name, String kind, List<Target> choices) {

        public String label() {
            return name.isBlank() ? elementId : name + " (" + elementId + ")";
        }
    }

    /** A step of the new version a step can move to. */
    public record Target(String elementId, String name) {

        public String label() {
            return name.isBlank() ? elementId : name + " (" + elementId + ")";
        }
    }

    /**
     * One running case (or, for a process without cases, one running instance).
     *
     * @param waitingAt the steps it waits at, by name
     * @param reason why it cannot move, when it cannot
     * @param alsoMoves the called processes that move with it ("matching: version 1 to 2")
     */
    public record PlannedCase(long processInstanceKey, String label, List<String> waitingAt, boolean canMove,
            String reason, List<String> alsoMoves) {
    }

    /** What happened to one case. */
    public record Outcome(long processInstanceKey, String label, boolean moved, String message) {
    }
}
