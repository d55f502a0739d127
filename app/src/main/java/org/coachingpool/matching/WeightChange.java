package org.coachingpool.matching;

import java.time.Instant;
import org.coachingpool.security.UserId;

/** One change to a matching weight, as the history keeps it. */
public record WeightChange(Criterion criterion, int oldWeight, int newWeight, UserId changedBy, String changedByName,
        Instant changedAt) {

    public WeightChange named(String name) {
        return new WeightChange(criterion, oldWeight, newWeight, changedBy, name, changedAt);
    }
}
