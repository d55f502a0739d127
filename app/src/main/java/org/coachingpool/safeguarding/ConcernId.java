package org.coachingpool.safeguarding;

import java.util.UUID;

/** A safeguarding concern. */
public record ConcernId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
