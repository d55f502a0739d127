package org.coachingpool.modeller;

import org.coachingpool.definitions.ResourceKind;
import java.time.Instant;
import java.util.List;

/** One audited change to what runs: a deploy, a rollback or a migration. */
public record Change(Instant at, String byName, Action action, ResourceKind kind, String resourceId,
        Integer fromVersion, Integer toVersion, String comment, List<String> difference) {

    public enum Action {
        DEPLOY("Deployed"), ROLLBACK("Rolled back"), MIGRATE("Migrated cases"), RETIRE("Retired");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
